using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>Registers the services of importing delivery files (CSV and XLSX), templates and reports.</summary>
internal static class BestandsimportServices
{
    public static IServiceCollection AddBestandsimport(this IServiceCollection services)
    {
        return services;
    }
}
