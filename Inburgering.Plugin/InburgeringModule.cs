using Host.Abstractions;
using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.BredeIntake.Onderdelen;
using Inburgering.Plugin.Bewaartermijn;
using Inburgering.Plugin.Demo;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Termijn;
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

        // Begeleiding: ontzorgen, maatschappelijke begeleiding and voortgangsgesprekken.
        services.AddScoped<IActionHandler, LegOntzorgenVastAction>();
        services.AddScoped<IActionHandler, LegBegeleidingVastAction>();
        services.AddScoped<IActionHandler, PlanGesprekAction>();
        services.AddScoped<IActionHandler, LegGesprekVastAction>();
        services.AddScoped<IScreen, BegeleidingScreen>();
        services.AddSingleton<ISettingsProvider, BegeleidingSettings>();
        services.AddScoped<ITermijnRegel, VoortgangsgesprekRegel>();
        // Termijn and handhaving: the termijn screen, its actions and the deadline-scan rule.
        services.AddScoped<IVoortgangVoorVoldaan, OnbekendeVoortgang>();
        services.AddScoped<IScreen, TermijnScreen>();
        services.AddScoped<IActionHandler, VerlengTermijnAction>();
        services.AddScoped<IActionHandler, LegGeenVerwijtVastAction>();
        services.AddScoped<IActionHandler, LegOntheffingVastAction>();
        services.AddScoped<IActionHandler, LegVrijstellingVastAction>();
        services.AddScoped<IActionHandler, StelVoldaanVastAction>();
        services.AddScoped<IActionHandler, LegNietDeelgenomenIntakeVastAction>();
        services.AddScoped<IActionHandler, LegPipNietNagekomenVastAction>();
        services.AddScoped<IActionHandler, LegUitzonderlijkGevalVastAction>();
        services.AddScoped<IActionHandler, LegHandhavingsbesluitVastAction>();
        services.AddScoped<ITermijnRegel, TermijnEindigtRegel>();
        // Brede intake: the screen, one action per part, the leerroute, completion, the outcome for the PIP and the planning task.
        services.AddScoped<IScreen, BredeIntakeScreen>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<ZelfredzaamheidOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<NiveauNederlandsOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<LeerbaarheidstoetsOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<OpleidingWerkervaringOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<GezondheidOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<GezinOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<VveOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<WerkParticipatieOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<DigitaleVaardighedenOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<OntwikkelwensenOnderdeel>>();
        services.AddScoped<IActionHandler, SlaOnderdeelOpAction<TolkOnderdeel>>();
        services.AddScoped<IActionHandler, KiesLeerrouteAction>();
        services.AddScoped<IActionHandler, RondBredeIntakeAfAction>();
        services.AddScoped<BredeIntakeUitkomstQuery>();
        services.AddScoped<ITermijnRegel, BredeIntakePlannenRegel>();
        // DUO signals, the lifecycle actions and the corrections of the wet regime.
        services.AddScoped<DuoSignaalVerwerking>();
        services.AddScoped<IActionHandler, VoerDuoSignaalInAction>();
        services.AddScoped<IActionHandler, VerwerkDuoSignaalAction>();
        services.AddScoped<IActionHandler, WijsDuoSignaalAfAction>();
        services.AddScoped<IScreen, DuoSignalenScreen>();
        services.AddScoped<IScreen, DuoSignaalScreen>();
        services.AddScoped<IActionHandler, TrajectGestartAction>();
        services.AddScoped<IActionHandler, VertrokkenAction>();
        services.AddScoped<IActionHandler, WetRegimeCorrigerenAction>();
        // PIP: versions as beschikkingen, the deadline for the first PIP and its revisions
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
