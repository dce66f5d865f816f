using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>Registers the services of aanbieders and referrals (aanmeldingen).</summary>
internal static class AanbiedersServices
{
    public static IServiceCollection AddAanbieders(this IServiceCollection services)
    {
        services.AddScoped<IAanbiederToegang, AanbiederToegang>();
        services.AddScoped<AanmeldingEditor>();
        services.AddScoped<IScreen, AanbiedersScreen>();
        services.AddScoped<IScreen, AanbiederScreen>();
        services.AddScoped<IScreen, AanmeldingenScreen>();
        services.AddScoped<IActionHandler, RegistreerAanbiederAction>();
        services.AddScoped<IActionHandler, WijzigAanbiederAction>();
        services.AddScoped<IActionHandler, MeldAanAction>();
        services.AddScoped<IActionHandler, BeeindigAanmeldingAction>();
        return services;
    }
}
