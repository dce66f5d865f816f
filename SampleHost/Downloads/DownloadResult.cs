using Host.Abstractions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using SampleHost.Plugins;

namespace SampleHost.Downloads;

/// <summary>
/// Streams a plugin's file as an attachment that is never cached or sniffed. The plugin writes the bytes through
/// <see cref="PluginInvoker"/>; when it fails after the first bytes were sent, the connection is aborted so the browser
/// reports a failed download instead of saving a cut-off file.
/// </summary>
internal sealed class DownloadResult(IDownload download, DownloadFile file, string? recordId, PluginInvoker invoker, ITenantContext tenant, ICurrentUser user) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = file.ContentType;
        response.Headers[HeaderNames.ContentDisposition] = DownloadFileName.ContentDisposition(file.FileName);
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        var write = await invoker.InvokeContributionAsync(
            download,
            tenant.Current,
            $"download {download.Definition.Id}",
            async token =>
            {
                await file.WriteAsync(response.Body, token);
                return true;
            },
            httpContext.RequestAborted);
        var logger = httpContext.RequestServices.GetRequiredService<ILogger<DownloadResult>>();
        if (write.Outcome == PluginCallOutcome.Succeeded)
        {
            Log.DownloadServed(logger, download.Definition.Id, recordId, user.UserId, tenant.Current?.Value);
            return;
        }

        if (!response.HasStarted)
        {
            response.Headers.Remove(HeaderNames.ContentDisposition);
            response.ContentType = null;
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        Log.DownloadFailedWhileStreaming(logger, download.Definition.Id);
        httpContext.Abort();
    }
}
