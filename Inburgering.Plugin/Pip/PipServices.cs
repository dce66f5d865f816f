using Host.Abstractions;
using Inburgering.Plugin.Voortgang;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Pip;

/// <summary>The services of the Pip area.</summary>
internal static class PipServices
{
    /// <summary>Adds the PIP: versions as beschikkingen, the deadline for the first PIP, its revisions and the deadline tasks.</summary>
    public static IServiceCollection AddPip(this IServiceCollection services)
    {
        services.AddScoped<IActionHandler, PipConceptAction>();
        services.AddScoped<IActionHandler, PipWijzigenAction>();
        services.AddScoped<IActionHandler, PipSchakelenAction>();
        services.AddScoped<IActionHandler, PipAfschalenAction>();
        services.AddScoped<IActionHandler, PipVaststellenAction>();
        services.AddScoped<IActionHandler, DuoKennisgevingAction>();
        services.AddScoped<IActionHandler, PipVerlengingAction>();
        services.AddScoped<IActionHandler, PipInformatieOntvangenAction>();
        services.AddScoped<IScreen, PipScreen>();
        services.AddScoped<IScreen, PipBeschikkingScreen>();
        services.AddScoped<ITermijnRegel, PipBinnen14DagenRegel>();
        services.AddScoped<ITermijnRegel, PipTeLaatRegel>();
        services.AddScoped<ILeerrouteVanDossier, PipLeerrouteVanDossier>();
        return services;
    }
}
