using Host.Abstractions;
using Inburgering.Plugin.BredeIntake.Onderdelen;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>The services of the BredeIntake area.</summary>
internal static class BredeIntakeServices
{
    /// <summary>Adds the brede intake: its screen, one action per part, the leerroute, completion, the outcome for the PIP and the planning task.</summary>
    public static IServiceCollection AddBredeIntake(this IServiceCollection services)
    {
        services.AddScoped<IScreen, BredeIntakeScreen>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<ZelfredzaamheidOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<NiveauNederlandsOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<LeerbaarheidstoetsOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<OpleidingWerkervaringOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<GezondheidOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<GezinOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<VveOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<WerkParticipatieOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<DigitaleVaardighedenOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<OntwikkelwensenOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<TolkOnderdeel>>();
        services.AddScoped<IActionHandler, KiesLeerrouteAction>();
        services.AddScoped<IActionHandler, RondBredeIntakeAfAction>();
        services.AddScoped<BredeIntakeUitkomstQuery>();
        services.AddScoped<ITermijnRegel, BredeIntakePlannenRegel>();
        return services;
    }
}
