using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Portaal;

/// <summary>Registers the services of the aanbieder portal.</summary>
internal static class PortaalServices
{
    public static IServiceCollection AddPortaal(this IServiceCollection services)
    {
        services.AddScoped<CursistToegang>();
        services.AddScoped<IScreen, MijnCursistenScreen>();
        services.AddScoped<IScreen, CursistScreen>();
        services.AddScoped<IActionHandler, LeverAanwezigheidAction>();
        return services;
    }
}
