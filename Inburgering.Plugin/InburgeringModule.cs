using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Api;
using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Bewaartermijn;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Demo;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Overdracht.Bestand;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Portaal;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Termijn;
using Inburgering.Plugin.Verhuizing;
using Inburgering.Plugin.Voortgang;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin;

/// <summary>
/// The inburgering plugin: registers inburgeraars on the BSN as soon as DUO or the COA links them to the gemeente, and
/// carries them through the process of the Wet inburgering 2021, from the brede intake and the PIP to voldaan.
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
        services.AddScoped<IPluginDataStore>(provider => ActivatorUtilities.CreateInstance<InburgeringDataStore>(provider, context.Database));

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

        services.AddBredeIntake();
        services.AddPip();
        services.AddVoortgang();
        services.AddBegeleiding();
        services.AddTermijn();
        services.AddHandhaving();
        services.AddDuoSignalen();
        services.AddLevensloop();
        services.AddAanbieders();
        services.AddPortaal();
        services.AddLeveringen();
        services.AddVerzuim();
        services.AddBestandsimport();
        services.AddMeldingen();
        services.AddVerhuizing();
        services.AddOverdracht();
        services.AddOverdrachtBestand();
        services.AddCoa();
        services.AddDuoPortaal();
        services.AddAanbiedersApi();

        if (context.IsDevelopment)
        {
            services.AddScoped<IDemoDataSeeder, InburgeringDemoSeeder>();
        }
    }
}
