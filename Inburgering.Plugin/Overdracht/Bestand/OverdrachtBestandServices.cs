using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>The services of the Overdracht.Bestand area.</summary>
internal static class OverdrachtBestandServices
{
    /// <summary>Adds the signed file format of the warme-overdracht package.</summary>
    public static IServiceCollection AddOverdrachtBestand(this IServiceCollection services)
    {
        services.AddScoped<IOverdrachtFormaat, OverdrachtBestandFormaat>();
        services.AddScoped<IActionHandler, OverdrachtExporterenAction>();
        services.AddScoped<IActionHandler, OverdrachtImporterenAction>();
        services.AddScoped<IScreen, OverdrachtBestandScreen>();
        services.AddScoped<IScreen, OverdrachtImportScreen>();
        services.AddScoped<IDownload, OverdrachtBestandDownload>();
        return services;
    }
}
