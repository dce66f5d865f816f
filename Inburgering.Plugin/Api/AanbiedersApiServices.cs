using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Api;

/// <summary>Registers the services of the REST API for aanbieders.</summary>
internal static class AanbiedersApiServices
{
    public static IServiceCollection AddAanbiedersApi(this IServiceCollection services)
    {
        return services;
    }
}
