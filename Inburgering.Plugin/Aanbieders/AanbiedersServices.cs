using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>Registers the services of aanbieders and referrals (aanmeldingen).</summary>
internal static class AanbiedersServices
{
    public static IServiceCollection AddAanbieders(this IServiceCollection services)
    {
        services.AddScoped<IAanbiederToegang, AanbiederToegang>();
        return services;
    }
}
