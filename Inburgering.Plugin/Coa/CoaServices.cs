using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Coa;

/// <summary>The services of the Coa area.</summary>
internal static class CoaServices
{
    /// <summary>Adds the information from the COA about asielstatushouders.</summary>
    public static IServiceCollection AddCoa(this IServiceCollection services)
    {
        return services;
    }
}
