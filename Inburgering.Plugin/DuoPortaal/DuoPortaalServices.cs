using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>The services of the DuoPortaal area.</summary>
internal static class DuoPortaalServices
{
    /// <summary>Adds the worklist of registrations in the DUO portal.</summary>
    public static IServiceCollection AddDuoPortaal(this IServiceCollection services)
    {
        return services;
    }
}
