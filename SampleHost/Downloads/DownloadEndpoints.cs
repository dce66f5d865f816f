using Host.Abstractions;
using SampleHost.Plugins;
using SampleHost.Security;

namespace SampleHost.Downloads;

/// <summary>
/// Serves the files of <see cref="IDownload"/>s at <c>/downloads/{downloadId}</c> and
/// <c>/downloads/{downloadId}/{recordId}</c>: only while the plugin is enabled in the user's gemeente, only with the
/// download's permission, and through <see cref="PluginInvoker"/> like every call into a plugin.
/// </summary>
internal static class DownloadEndpoints
{
    public static void MapDownloads(this IEndpointRouteBuilder endpoints)
    {
        // Authentication checks that the user is signed in, and ServeAsync checks the download's own permission per
        // request. The authorisation matrix has one row per IDownload with that permission.
        endpoints.MapGet("/downloads/{downloadId}", (string downloadId, HttpContext context, DownloadCatalog catalog, PluginInvoker invoker, ICurrentUser user, ITenantContext tenant, RecordAccessLog accessLog) =>
                ServeAsync(downloadId, null, context, catalog, invoker, user, tenant, accessLog))
            .WithMetadata(new SignedInAttribute(), new ContributionAccessAttribute(ContributionKind.Download, "downloadId"))
            .ExcludeFromDescription();
        endpoints.MapGet("/downloads/{downloadId}/{recordId}", ServeAsync)
            .WithMetadata(new SignedInAttribute(), new ContributionAccessAttribute(ContributionKind.Download, "downloadId"))
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ServeAsync(
        string downloadId,
        string? recordId,
        HttpContext context,
        DownloadCatalog catalog,
        PluginInvoker invoker,
        ICurrentUser user,
        ITenantContext tenant,
        RecordAccessLog accessLog)
    {
        if (catalog.Find(downloadId) is not { } download)
        {
            return Results.NotFound();
        }

        if (!user.HasPermission(download.Definition.Permission))
        {
            return Results.Forbid();
        }

        var create = await invoker.InvokeContributionAsync(
            download,
            tenant.Current,
            $"download {download.Definition.Id}",
            token => download.CreateAsync(recordId, token),
            context.RequestAborted);
        if (create.Outcome == PluginCallOutcome.Failed)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (create.Outcome == PluginCallOutcome.NotEnabled || create.Value is not { } file)
        {
            if (recordId is not null)
            {
                accessLog.NotFound(download.Definition.Id, recordId);
            }

            return Results.NotFound();
        }

        return new DownloadResult(download, file, recordId, invoker, tenant, user);
    }
}
