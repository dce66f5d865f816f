using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Leveringen;

/// <summary>Registers the services of processing deliveries of attendance and progress, and what follows from them.</summary>
internal static class LeveringenServices
{
    public static IServiceCollection AddLeveringen(this IServiceCollection services)
    {
        services.AddScoped<ILeveringVerwerker, LeveringVerwerker>();

        return services;
    }
}
