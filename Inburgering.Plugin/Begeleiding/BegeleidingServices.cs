using Host.Abstractions;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>The services of the Begeleiding area.</summary>
internal static class BegeleidingServices
{
    /// <summary>Adds ontzorgen, maatschappelijke begeleiding and voortgangsgesprekken, with the conversation task.</summary>
    public static IServiceCollection AddBegeleiding(this IServiceCollection services)
    {
        services.AddScoped<IActionHandler, LegOntzorgenVastAction>();
        services.AddScoped<IActionHandler, LegBegeleidingVastAction>();
        services.AddScoped<IActionHandler, PlanGesprekAction>();
        services.AddScoped<IActionHandler, LegGesprekVastAction>();
        services.AddScoped<IScreen, BegeleidingScreen>();
        services.AddSingleton<ISettingsProvider, BegeleidingSettings>();
        services.AddScoped<ITermijnRegel, VoortgangsgesprekRegel>();
        return services;
    }
}
