using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>The services of the Verhuizing area.</summary>
internal static class VerhuizingServices
{
    /// <summary>Adds the detection of moves to another gemeente.</summary>
    public static IServiceCollection AddVerhuizing(this IServiceCollection services)
    {
        return services;
    }
}
