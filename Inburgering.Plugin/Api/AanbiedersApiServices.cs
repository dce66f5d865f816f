using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Api;

/// <summary>Registers the services of the REST API for aanbieders.</summary>
internal static class AanbiedersApiServices
{
    public static IServiceCollection AddAanbiedersApi(this IServiceCollection services)
    {
        services.AddScoped<EigenAanbieders>();
        services.AddScoped<AanmeldingenQuery>();

        services.AddScoped<IApiOperation, ListAanmeldingenOperation>();
        services.AddScoped<IApiOperation, GetAanmeldingOperation>();
        services.AddScoped<IApiOperation, AddLeveringOperation>();
        services.AddScoped<IApiOperation, ListLeveringenOperation>();
        services.AddScoped<IApiOperation, GetLeveringOperation>();

        return services;
    }
}
