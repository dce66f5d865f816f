using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Bewaartermijn;
using Inburgering.Plugin.Demo;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Voortgang;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin;

/// <summary>
/// The inburgering plugin: registers inburgeraars on the BSN as soon as DUO or the COA links them to the gemeente.
/// </summary>
public sealed class InburgeringModule : IPluginModule
{
    /// <inheritdoc />
    /// <remarks>The host provides <see cref="TimeProvider"/>, the tenant, the user and the ports of the contract.</remarks>
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(context);

        services.AddInburgeringDbContext(context.Database);
        services.AddScoped<IPluginDataStore, InburgeringDataStore>();

        services.AddSingleton<IPermissionProvider, InburgeringPermissions>();
        services.AddSingleton<IProcessingActivityProvider, InburgeringProcessingActivities>();

        services.AddScoped<InburgeraarRegistration>();
        services.AddScoped<IActionHandler, RegistreerInburgeraarAction>();
        services.AddScoped<IActionHandler, ZoekDossierAction>();
        services.AddScoped<IActionHandler, KoppelBsnAction>();
        services.AddScoped<IActionHandler, SluitDossierAfAction>();
        services.AddScoped<IActionHandler, BeperkDossierAction>();
        services.AddScoped<IActionHandler, HefBeperkingOpAction>();

        services.AddScoped<IScreen, DossiersScreen>();
        services.AddScoped<IScreen, DossierScreen>();
        services.AddScoped<IScreen, ClientDossierScreen>();
        services.AddScoped<IScreen, CijfersScreen>();
        services.AddScoped<IRecordFieldProvider, ClientInburgeringFields>();
        services.AddScoped<IScreen, BeperkteDossiersScreen>();
        services.AddScoped<IScreen, BeperktDossierScreen>();

        services.AddSingleton<ISettingsProvider, BewaartermijnSettings>();
        services.AddScoped<IScheduledJob, BewaartermijnJob>();
        services.AddScoped<IScheduledJob, TermijnbewakingJob>();

        // Voortgang: onderdelen, hours and exams
        services.AddSingleton<ISettingsProvider, VoortgangSettings>();
        services.AddScoped<ILeerrouteVanDossier, OnbekendeLeerroute>();
        services.AddScoped<VoortgangEditor>();
        services.AddScoped<IActionHandler, RegistreerUrenAction>();
        services.AddScoped<IActionHandler, VerwijderUrenAction>();
        services.AddScoped<IActionHandler, LegKnmVastAction>();
        services.AddScoped<IActionHandler, LegPvtVastAction>();
        services.AddScoped<IActionHandler, LegMapVastAction>();
        services.AddScoped<IActionHandler, RegistreerExamenAction>();
        services.AddScoped<IActionHandler, LegZRouteEindgesprekVastAction>();
        services.AddScoped<IActionHandler, LegOnderwijsrouteVastAction>();
        services.AddScoped<IScreen, VoortgangScreen>();
        services.AddScoped<ITermijnRegel, PvtRegistrerenDuoRegel>();
        services.AddScoped<ITermijnRegel, MapRegistrerenDuoRegel>();

        if (context.IsDevelopment)
        {
            services.AddScoped<IDemoDataSeeder, InburgeringDemoSeeder>();
        }
    }
}
