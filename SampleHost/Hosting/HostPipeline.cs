using SampleHost.Api;
using SampleHost.Api.Operations;
using SampleHost.Brp;
using SampleHost.Downloads;
using SampleHost.Security;
using SampleHost.Uploads;

namespace SampleHost.Hosting;

/// <summary>SampleHost's middleware and endpoints.</summary>
internal static class HostPipeline
{
    public static void UseSampleHostPipeline(this WebApplication app)
    {
        // First, so the measured time covers the whole pipeline.
        app.UseMiddleware<ServerTimingMiddleware>();
        app.UseSecurityHeaders();

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts();
        }

        // Inside the exception handler, so an unreachable database gives 503 and not the 500 page.
        app.UseMiddleware<DatabaseUnavailableMiddleware>();

        // The JSON API returns its own status codes and problem details, never with the HTML error page.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal),
            pages => pages.UseStatusCodePagesWithReExecute("/fout", "?status={0}"));
        app.UseRequestLocalization();

        // After localization, so the API's problem texts follow Accept-Language.
        app.UseApiResponseConventions();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();

        // After authentication, so requests are counted per signed-in user.
        app.UseRequestRateLimiting();
        app.UseAuthorization();

        // After authorisation, so only signed-in users can make the host store an uploaded file.
        app.UseUploadForms();
    }

    public static void MapSampleHostEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapScreenApi();
        app.MapWorkQueueApi();
        app.MapApiOperations();
        app.MapDownloads();
        app.MapHealthEndpoints();

        if (app.Configuration.GetValue<bool>("Brp:StandIn:Enabled"))
        {
            app.MapBrpStandIn().AllowAnonymous();
        }
    }
}
