using Host.Abstractions;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Overdracht;

/// <summary>The services of the Overdracht area.</summary>
internal static class OverdrachtServices
{
    /// <summary>Adds the warme overdracht between gemeenten of one deployment.</summary>
    public static IServiceCollection AddOverdracht(this IServiceCollection services)
    {
        services.AddScoped<IOverdrachtPakketten, OverdrachtPakketBouwer>();
        services.AddScoped<IOverdrachtOntvangst, OverdrachtOntvangst>();

        services.AddScoped<IActionHandler, OverdrachtVoorbereidenAction>();
        services.AddScoped<IActionHandler, OverdrachtVerzendenAction>();
        services.AddScoped<IActionHandler, OverdrachtIntrekkenAction>();
        services.AddScoped<IActionHandler, OverdrachtAccepterenAction>();
        services.AddScoped<IActionHandler, OverdrachtWeigerenAction>();

        services.AddScoped<IScreen, OverdrachtScreen>();
        services.AddScoped<IScreen, OverdrachtenScreen>();

        services.AddScoped<ITermijnRegel, NieuwPipNaVerhuizingRegel>();
        return services;
    }
}
