namespace SampleHost.Downloads;

/// <summary>Registers the catalogue of downloads that <see cref="DownloadEndpoints"/> serves.</summary>
internal static class DownloadRegistration
{
    public static IServiceCollection AddDownloads(this IServiceCollection services) => services.AddScoped<DownloadCatalog>();
}
