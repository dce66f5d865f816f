using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>Registers the services of importing delivery files (CSV and XLSX), templates and reports.</summary>
internal static class BestandsimportServices
{
    public static IServiceCollection AddBestandsimport(this IServiceCollection services)
    {
        services.AddScoped<LeveringUpload>();
        services.AddScoped<LeveringOverzicht>();
        services.AddScoped<IActionHandler, LeveringImporterenAction>();
        services.AddScoped<IActionHandler, LeveringUploadenAction>();
        services.AddScoped<IScreen, LeveringenScreen>();
        services.AddScoped<IScreen, MijnLeveringenScreen>();
        services.AddScoped<IScreen, LeveringScreen>();
        services.AddScoped<IScreen, MijnLeveringScreen>();

        foreach (var download in AanleverformaatDownload.Alle())
        {
            services.AddSingleton<IDownload>(download);
        }

        services.AddScoped<IDownload>(provider => LeveringFoutenDownload.VoorMedewerker(
            provider.GetRequiredService<InburgeringDbContext>(),
            provider.GetRequiredService<IProcessingLog>()));
        services.AddScoped<IDownload>(provider => LeveringFoutenDownload.VoorAanbieder(
            provider.GetRequiredService<InburgeringDbContext>(),
            provider.GetRequiredService<IProcessingLog>(),
            provider.GetRequiredService<IAanbiederToegang>()));
        return services;
    }
}
