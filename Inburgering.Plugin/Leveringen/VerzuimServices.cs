using Host.Abstractions;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Leveringen;

/// <summary>Registers the unauthorised absence signal: its setting, its deadline-scan rule and the signal after a delivery.</summary>
internal static class VerzuimServices
{
    public static IServiceCollection AddVerzuim(this IServiceCollection services)
    {
        services.AddSingleton<ISettingsProvider, VerzuimSettings>();
        services.AddScoped<OngeoorloofdVerzuimRegel>();
        services.AddScoped<ITermijnRegel>(provider => provider.GetRequiredService<OngeoorloofdVerzuimRegel>());
        services.AddScoped<IVerzuimSignalering, VerzuimSignalering>();
        return services;
    }
}
