using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Overdracht;

/// <summary>The services of the Overdracht area.</summary>
internal static class OverdrachtServices
{
    /// <summary>Adds the warme overdracht between gemeenten of one deployment.</summary>
    public static IServiceCollection AddOverdracht(this IServiceCollection services)
    {
        return services;
    }
}
