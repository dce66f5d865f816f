using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Meldingen;

/// <summary>The services of the Meldingen area.</summary>
internal static class MeldingenServices
{
    /// <summary>Adds the outbox of notifications for other municipal systems, their webhook subscriptions and their delivery.</summary>
    public static IServiceCollection AddMeldingen(this IServiceCollection services)
    {
        services.AddScoped<IMeldingen, MeldingPublicatie>();
        services.AddSingleton<ISettingsProvider, MeldingenSettings>();
        services.AddSingleton<IWebhookVerzender, WebhookVerzender>();
        services.AddScoped<MeldingUitwaaiering>();
        services.AddScoped<MeldingOpruiming>();
        services.AddScoped<IScheduledJob, MeldingenBezorgenJob>();
        services.AddScoped<IScreen, AbonnementenScreen>();
        services.AddScoped<IScreen, AbonnementScreen>();
        services.AddScoped<IActionHandler, AbonnementToevoegenAction>();
        services.AddScoped<IActionHandler, AbonnementWijzigenAction>();
        services.AddScoped<IActionHandler, AbonnementDeactiverenAction>();
        services.AddScoped<IActionHandler, AbonnementOpnieuwProberenAction>();
        return services;
    }
}
