using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Levensloop;

/// <summary>The services of the Levensloop area.</summary>
internal static class LevensloopServices
{
    /// <summary>Adds the lifecycle actions and the correction of the wet regime.</summary>
    public static IServiceCollection AddLevensloop(this IServiceCollection services)
    {
        services.AddScoped<IActionHandler, TrajectGestartAction>();
        services.AddScoped<IActionHandler, VertrokkenAction>();
        services.AddScoped<IActionHandler, WetRegimeCorrigerenAction>();
        return services;
    }
}
