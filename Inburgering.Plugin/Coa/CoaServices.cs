using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Coa;

/// <summary>The services of the Coa area.</summary>
internal static class CoaServices
{
    /// <summary>Adds the information from the COA about asielstatushouders: the dossier's COA screen, its action, and the import of COA forms.</summary>
    public static IServiceCollection AddCoa(this IServiceCollection services)
    {
        services.AddScoped<CoaBijwerking>();
        services.AddScoped<CoaImport>();
        services.AddScoped<IActionHandler, CoaBijwerkenAction>();
        services.AddScoped<IActionHandler, CoaImporterenAction>();
        services.AddScoped<IScreen, CoaScreen>();
        services.AddScoped<IScreen, CoaImportScreen>();

        foreach (var download in CoaSjabloonDownload.Alle())
        {
            services.AddSingleton<IDownload>(download);
        }

        return services;
    }
}
