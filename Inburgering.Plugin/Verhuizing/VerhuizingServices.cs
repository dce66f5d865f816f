using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>The services of the Verhuizing area.</summary>
internal static class VerhuizingServices
{
    /// <summary>Adds the detection of moves to another gemeente.</summary>
    public static IServiceCollection AddVerhuizing(this IServiceCollection services)
    {
        services.AddScoped<VerhuizingAfhandeling>();
        services.AddScoped<IVerhuizingen>(provider => provider.GetRequiredService<VerhuizingAfhandeling>());
        services.AddScoped<BrpVerhuizingControle>();

        services.AddScoped<IHostEventHandler<ClientAddressChanged>, ClientAddressChangedHandler>();
        services.AddScoped<IScheduledJob, VerhuizingenBrpJob>();
        services.AddScoped<IActionHandler, VerhuizingControlerenAction>();
        services.AddScoped<IActionHandler, GeenVerhuizingAction>();
        services.AddScoped<IScreen, VerhuizingenScreen>();

        return services;
    }
}
