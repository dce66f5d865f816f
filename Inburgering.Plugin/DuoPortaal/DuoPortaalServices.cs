using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>The services of the DuoPortaal area.</summary>
internal static class DuoPortaalServices
{
    /// <summary>
    /// Adds the worklist of registrations in the DUO portal, with <see cref="HandmatigeDuoRegistratie"/> as the
    /// <see cref="IDuoRegistratiePoort"/>; a later registration of the port, such as a machine interface, replaces it.
    /// </summary>
    public static IServiceCollection AddDuoPortaal(this IServiceCollection services)
    {
        services.AddScoped<IDuoRegistratiePoort, HandmatigeDuoRegistratie>();
        services.AddScoped<IScreen, DuoRegistratiesScreen>();
        services.AddScoped<IScreen, DuoRegistratieScreen>();
        services.AddScoped<IActionHandler, VinkDuoRegistratieAfAction>();
        return services;
    }
}
