using Host.Abstractions;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The services of the Voortgang area.</summary>
internal static class VoortgangServices
{
    /// <summary>Adds the onderdelen, hours and exams, with their settings and the DUO registration tasks.</summary>
    public static IServiceCollection AddVoortgang(this IServiceCollection services)
    {
        services.AddSingleton<ISettingsProvider, VoortgangSettings>();
        services.AddScoped<VoortgangEditor>();
        services.AddScoped<IActionHandler, RegistreerUrenAction>();
        services.AddScoped<IActionHandler, VerwijderUrenAction>();
        services.AddScoped<IActionHandler, LegKnmVastAction>();
        services.AddScoped<IActionHandler, LegPvtVastAction>();
        services.AddScoped<IActionHandler, LegMapVastAction>();
        services.AddScoped<IActionHandler, RegistreerExamenAction>();
        services.AddScoped<IActionHandler, LegZRouteEindgesprekVastAction>();
        services.AddScoped<IActionHandler, LegOnderwijsrouteVastAction>();
        services.AddScoped<IScreen, VoortgangScreen>();
        services.AddScoped<ITermijnRegel, PvtRegistrerenDuoRegel>();
        services.AddScoped<ITermijnRegel, MapRegistrerenDuoRegel>();
        return services;
    }
}
