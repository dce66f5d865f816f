using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Meldingen;

/// <summary>The services of the Meldingen area.</summary>
internal static class MeldingenServices
{
    /// <summary>Adds the outbox of notifications for other municipal systems.</summary>
    public static IServiceCollection AddMeldingen(this IServiceCollection services)
    {
        services.AddScoped<IMeldingen, MeldingPublicatie>();
        return services;
    }
}
