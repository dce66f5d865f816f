using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>The services of the Overdracht.Bestand area.</summary>
internal static class OverdrachtBestandServices
{
    /// <summary>Adds the signed file format of the warme-overdracht package.</summary>
    public static IServiceCollection AddOverdrachtBestand(this IServiceCollection services)
    {
        services.AddScoped<IOverdrachtFormaat, OverdrachtBestandFormaat>();
        return services;
    }
}
