using Host.Abstractions;
using Inburgering.Plugin.Voortgang;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Termijn;

/// <summary>The services of the Termijn area.</summary>
internal static class TermijnServices
{
    /// <summary>Adds the inburgeringstermijn: verlengingen, ontheffing, vrijstelling, voldaan and the task before the termijn ends.</summary>
    public static IServiceCollection AddTermijn(this IServiceCollection services)
    {
        services.AddScoped<IVoortgangVoorVoldaan, VoortgangVoorVoldaan>();
        services.AddScoped<IScreen, TermijnScreen>();
        services.AddScoped<IActionHandler, VerlengTermijnAction>();
        services.AddScoped<IActionHandler, LegGeenVerwijtVastAction>();
        services.AddScoped<IActionHandler, LegOntheffingVastAction>();
        services.AddScoped<IActionHandler, LegVrijstellingVastAction>();
        services.AddScoped<IActionHandler, StelVoldaanVastAction>();
        services.AddScoped<ITermijnRegel, TermijnEindigtRegel>();
        return services;
    }
}
