using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Handhaving;

/// <summary>The services of the Handhaving area.</summary>
internal static class HandhavingServices
{
    /// <summary>Adds handhaving: the facts, the proposed measures and the decisions.</summary>
    public static IServiceCollection AddHandhaving(this IServiceCollection services)
    {
        services.AddScoped<IActionHandler, LegNietDeelgenomenIntakeVastAction>();
        services.AddScoped<IActionHandler, LegPipNietNagekomenVastAction>();
        services.AddScoped<IActionHandler, LegUitzonderlijkGevalVastAction>();
        services.AddScoped<IActionHandler, LegHandhavingsbesluitVastAction>();
        return services;
    }
}
