using System.Text.Json;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class InburgeringModuleTests(DatabaseProvider databaseProvider)
{
    [Test]
    public async Task Production_RegistersNoDemoSeeder()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider, environmentName: "Production");
        await using var scope = plugin.Services.CreateAsyncScope();

        Assert.That(scope.ServiceProvider.GetServices<IDemoDataSeeder>(), Is.Empty);
    }

    [Test]
    public async Task Development_RegistersDemoSeeder()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider, environmentName: "Development");
        await using var scope = plugin.Services.CreateAsyncScope();

        Assert.That(scope.ServiceProvider.GetServices<IDemoDataSeeder>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Permissions_HaveDefaultRoles()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider);

        var permissions = plugin.Services.GetServices<IPermissionProvider>().Single().Permissions
            .ToDictionary(p => p.Name, p => p.DefaultRoles);

        Assert.That(permissions.Keys, Is.EqualTo(new[]
        {
            "inburgering.dossier.view", "inburgering.dossier.register", "inburgering.status.view", "inburgering.cijfers.view",
            "inburgering.dossier.close", "inburgering.dossier.restrict", "inburgering.beperkt.view", "inburgering.beperking.lift",
            "inburgering.intake.view", "inburgering.intake.edit", "inburgering.gezondheid", "inburgering.pip.view",
            "inburgering.pip.edit", "inburgering.pip.vaststellen", "inburgering.voortgang.view", "inburgering.voortgang.edit",
            "inburgering.begeleiding.view", "inburgering.begeleiding.edit", "inburgering.ontzorgen.edit", "inburgering.gesprek.edit",
            "inburgering.termijn.view", "inburgering.termijn.edit", "inburgering.handhaving.view", "inburgering.handhaving.edit",
            "inburgering.duo-signalen.view", "inburgering.duo-signalen.verwerken", "inburgering.dossier.correct",
            "inburgering.aanbieders.view", "inburgering.aanbieders.beheer", "inburgering.aanmelding.edit",
            "inburgering.leveringen.view", "inburgering.leveringen.importeren", "inburgering.aanleveren",
            "inburgering.overdracht.view", "inburgering.overdracht.verzenden", "inburgering.overdracht.ontvangen",
            "inburgering.coa.view", "inburgering.coa.edit", "inburgering.duo-registratie.edit", "inburgering.meldingen.beheer",
        }));
        Assert.That(permissions["inburgering.aanleveren"], Is.EqualTo(new[] { "aanbieder" }));
        Assert.That(permissions["inburgering.aanbieders.beheer"], Is.EqualTo(new[] { "consulent-inburgering", "functioneel-beheerder" }));
        Assert.That(permissions["inburgering.gezondheid"], Is.EqualTo(new[] { "consulent-inburgering" }));
        Assert.That(permissions["inburgering.dossier.view"], Is.EqualTo(new[] { "consulent-inburgering", "maatschappelijk-begeleider" }));
        Assert.That(permissions["inburgering.dossier.register"], Is.EqualTo(new[] { "consulent-inburgering" }));
        Assert.That(permissions["inburgering.status.view"], Is.EqualTo(new[] { "consulent-inburgering", "klantmanager", "maatschappelijk-begeleider" }));
        Assert.That(permissions["inburgering.cijfers.view"], Is.EqualTo(new[] { "beleidsmedewerker", "consulent-inburgering", "klantmanager" }));
    }

    [Test]
    public async Task ProcessingActivities_NameLegalBasis()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider);

        var activities = plugin.Services.GetServices<IProcessingActivityProvider>().Single().Activities;

        Assert.That(activities.Select(a => a.Id), Is.EqualTo(new[]
        {
            "inburgering.registratie", "inburgering.dossierbeheer", "inburgering.bewaartermijn", "inburgering.beperking",
            "inburgering.brede-intake", "inburgering.pip", "inburgering.voortgang", "inburgering.begeleiding",
            "inburgering.handhaving", "inburgering.duo-signalen", "inburgering.termijnbewaking", "inburgering.aanmelding",
            "inburgering.aanlevering", "inburgering.verhuizing", "inburgering.overdracht", "inburgering.coa-informatie",
            "inburgering.duo-registratie",
        }));
        Assert.That(activities.Select(a => a.LegalBasis), Is.EqualTo(new[]
        {
            "Wet inburgering 2021", "Wet inburgering 2021", "AVG artikel 5, lid 1, onder e (opslagbeperking)", "AVG artikel 18",
            "Wet inburgering 2021, artikel 14", "Wet inburgering 2021, artikel 15", "Wet inburgering 2021",
            "Wet inburgering 2021; Participatiewet, artikel 56a", "Wet inburgering 2021, artikelen 11, 22 en 23",
            "Wet inburgering 2021", "Wet inburgering 2021", "Wet inburgering 2021", "Wet inburgering 2021",
            "Wet inburgering 2021", "Wet inburgering 2021", "Wet inburgering 2021; Huisvestingswet 2014, artikel 28",
            "Wet inburgering 2021",
        }));
    }

    [Test]
    public async Task Screens_HaveSlotsAndPermission()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider);
        await using var scope = plugin.Services.CreateAsyncScope();

        var screens = scope.ServiceProvider.GetServices<IScreen>().Select(s => s.Definition).ToList();

        Assert.That(screens.Select(s => (s.Id, s.Slot, s.ViewPermission)), Is.EquivalentTo(new[]
        {
            ("inburgering.dossiers", HostSlots.Navigation, "inburgering.dossier.view"),
            ("inburgering.dossier", HostSlots.Page, "inburgering.dossier.view"),
            ("inburgering.client", HostSlots.ClientTab, "inburgering.dossier.view"),
            ("inburgering.cijfers", HostSlots.Dashboard, "inburgering.cijfers.view"),
            ("inburgering.beperkte-dossiers", HostSlots.Navigation, "inburgering.beperkt.view"),
            ("inburgering.beperkt-dossier", HostSlots.Page, "inburgering.beperkt.view"),
            ("inburgering.begeleiding", HostSlots.Page, "inburgering.begeleiding.view"),
            ("inburgering.termijn", HostSlots.Page, "inburgering.termijn.view"),
            ("inburgering.brede-intake", HostSlots.Page, "inburgering.intake.view"),
            ("inburgering.duo-signalen", HostSlots.Navigation, "inburgering.duo-signalen.view"),
            ("inburgering.duo-signaal", HostSlots.Page, "inburgering.duo-signalen.view"),
            ("inburgering.pip", HostSlots.Page, "inburgering.pip.view"),
            ("inburgering.pip-beschikking", HostSlots.Page, "inburgering.pip.view"),
            ("inburgering.voortgang", HostSlots.Page, "inburgering.voortgang.view"),
            ("inburgering.aanbieders", HostSlots.Navigation, "inburgering.aanbieders.view"),
            ("inburgering.aanbieder", HostSlots.Page, "inburgering.aanbieders.view"),
            ("inburgering.aanmeldingen", HostSlots.Page, "inburgering.voortgang.view"),
            ("inburgering.leveringen", HostSlots.Navigation, "inburgering.leveringen.view"),
            ("inburgering.levering", HostSlots.Page, "inburgering.leveringen.view"),
            ("inburgering.mijn-cursisten", HostSlots.Navigation, "inburgering.aanleveren"),
            ("inburgering.cursist", HostSlots.Page, "inburgering.aanleveren"),
            ("inburgering.mijn-leveringen", HostSlots.Navigation, "inburgering.aanleveren"),
            ("inburgering.mijn-levering", HostSlots.Page, "inburgering.aanleveren"),
            ("inburgering.verhuizingen", HostSlots.Navigation, "inburgering.overdracht.view"),
            ("inburgering.overdrachten", HostSlots.Navigation, "inburgering.overdracht.view"),
            ("inburgering.overdracht", HostSlots.Page, "inburgering.overdracht.view"),
            ("inburgering.overdracht-bestand", HostSlots.Page, "inburgering.overdracht.verzenden"),
            ("inburgering.overdracht-import", HostSlots.Navigation, "inburgering.overdracht.ontvangen"),
            ("inburgering.coa", HostSlots.Page, "inburgering.coa.view"),
            ("inburgering.coa-import", HostSlots.Navigation, "inburgering.coa.view"),
            ("inburgering.duo-registraties", HostSlots.Navigation, "inburgering.duo-signalen.view"),
            ("inburgering.duo-registratie", HostSlots.Page, "inburgering.duo-signalen.view"),
            ("inburgering.abonnementen", HostSlots.Navigation, "inburgering.meldingen.beheer"),
            ("inburgering.abonnement", HostSlots.Page, "inburgering.meldingen.beheer"),
        }));
        Assert.That(screens[0].Title.Nl, Is.EqualTo("Inburgeraars"));
        Assert.That(screens[0].Title.En, Is.EqualTo("Integration clients"));
    }

    [Test]
    public async Task Actions_HaveInputsAndPermissions()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider);
        await using var scope = plugin.Services.CreateAsyncScope();

        var actions = scope.ServiceProvider.GetServices<IActionHandler>().ToDictionary(a => a.Definition.Id, a => a.Definition);

        var registreer = actions["inburgering.registreer"];
        Assert.That(actions.Values.Select(a => (a.Id, a.Permission)), Is.EquivalentTo(new[]
        {
            ("inburgering.registreer", "inburgering.dossier.register"),
            ("inburgering.zoek", "inburgering.dossier.view"),
            ("inburgering.koppel-bsn", "inburgering.dossier.register"),
            ("inburgering.sluit-af", "inburgering.dossier.close"),
            ("inburgering.beperk", "inburgering.dossier.restrict"),
            ("inburgering.beperking-opheffen", "inburgering.beperking.lift"),
            ("inburgering.ontzorgen", "inburgering.ontzorgen.edit"),
            ("inburgering.maatschappelijke-begeleiding", "inburgering.begeleiding.edit"),
            ("inburgering.gesprek-plannen", "inburgering.gesprek.edit"),
            ("inburgering.gesprek-gehouden", "inburgering.gesprek.edit"),
            ("inburgering.termijn.verleng", "inburgering.termijn.edit"),
            ("inburgering.termijn.geen-verwijt", "inburgering.termijn.edit"),
            ("inburgering.termijn.ontheffing", "inburgering.termijn.edit"),
            ("inburgering.termijn.vrijstelling", "inburgering.termijn.edit"),
            ("inburgering.termijn.voldaan", "inburgering.termijn.edit"),
            ("inburgering.handhaving.intake-niet-deelgenomen", "inburgering.handhaving.edit"),
            ("inburgering.handhaving.pip-niet-nagekomen", "inburgering.handhaving.edit"),
            ("inburgering.handhaving.uitzonderlijk-geval", "inburgering.handhaving.edit"),
            ("inburgering.handhaving.besluit", "inburgering.handhaving.edit"),
            ("inburgering.brede-intake.zelfredzaamheid", "inburgering.intake.edit"),
            ("inburgering.brede-intake.niveau-nederlands", "inburgering.intake.edit"),
            ("inburgering.brede-intake.leerbaarheidstoets", "inburgering.intake.edit"),
            ("inburgering.brede-intake.opleiding-werkervaring", "inburgering.intake.edit"),
            ("inburgering.brede-intake.gezondheid", "inburgering.intake.edit"),
            ("inburgering.brede-intake.gezin", "inburgering.intake.edit"),
            ("inburgering.brede-intake.vve", "inburgering.intake.edit"),
            ("inburgering.brede-intake.werk-participatie", "inburgering.intake.edit"),
            ("inburgering.brede-intake.digitale-vaardigheden", "inburgering.intake.edit"),
            ("inburgering.brede-intake.ontwikkelwensen", "inburgering.intake.edit"),
            ("inburgering.brede-intake.tolk", "inburgering.intake.edit"),
            ("inburgering.brede-intake.leerroute", "inburgering.intake.edit"),
            ("inburgering.brede-intake.afronden", "inburgering.intake.edit"),
            ("inburgering.duo-signaal-invoeren", "inburgering.duo-signalen.verwerken"),
            ("inburgering.duo-signaal-verwerken", "inburgering.duo-signalen.verwerken"),
            ("inburgering.duo-signaal-afwijzen", "inburgering.duo-signalen.verwerken"),
            ("inburgering.traject-gestart", "inburgering.voortgang.edit"),
            ("inburgering.vertrokken", "inburgering.dossier.close"),
            ("inburgering.wet-regime-corrigeren", "inburgering.dossier.correct"),
            ("inburgering.pip-concept", "inburgering.pip.edit"),
            ("inburgering.pip-wijzigen", "inburgering.pip.edit"),
            ("inburgering.pip-schakelen", "inburgering.pip.edit"),
            ("inburgering.pip-afschalen", "inburgering.pip.edit"),
            ("inburgering.pip-vaststellen", "inburgering.pip.vaststellen"),
            ("inburgering.pip-duo-kennisgeving", "inburgering.pip.edit"),
            ("inburgering.pip-verlenging", "inburgering.pip.edit"),
            ("inburgering.pip-informatie-ontvangen", "inburgering.pip.edit"),
            ("inburgering.uren-registreren", "inburgering.voortgang.edit"),
            ("inburgering.uren-verwijderen", "inburgering.voortgang.edit"),
            ("inburgering.knm-vastleggen", "inburgering.voortgang.edit"),
            ("inburgering.pvt-vastleggen", "inburgering.voortgang.edit"),
            ("inburgering.map-vastleggen", "inburgering.voortgang.edit"),
            ("inburgering.examen-registreren", "inburgering.voortgang.edit"),
            ("inburgering.zroute-eindgesprek", "inburgering.voortgang.edit"),
            ("inburgering.onderwijsroute-vastleggen", "inburgering.voortgang.edit"),
            ("inburgering.aanbieder-registreren", "inburgering.aanbieders.beheer"),
            ("inburgering.aanbieder-wijzigen", "inburgering.aanbieders.beheer"),
            ("inburgering.aanmelden", "inburgering.aanmelding.edit"),
            ("inburgering.aanmelding-beeindigen", "inburgering.aanmelding.edit"),
            ("inburgering.aanwezigheid-leveren", "inburgering.aanleveren"),
            ("inburgering.verhuizing-controleren", "inburgering.overdracht.verzenden"),
            ("inburgering.geen-verhuizing", "inburgering.overdracht.verzenden"),
            ("inburgering.overdracht-voorbereiden", "inburgering.overdracht.verzenden"),
            ("inburgering.overdracht-verzenden", "inburgering.overdracht.verzenden"),
            ("inburgering.overdracht-intrekken", "inburgering.overdracht.verzenden"),
            ("inburgering.overdracht-accepteren", "inburgering.overdracht.ontvangen"),
            ("inburgering.overdracht-weigeren", "inburgering.overdracht.ontvangen"),
            ("inburgering.overdracht-exporteren", "inburgering.overdracht.verzenden"),
            ("inburgering.overdracht-importeren", "inburgering.overdracht.ontvangen"),
            ("inburgering.coa-bijwerken", "inburgering.coa.edit"),
            ("inburgering.coa-importeren", "inburgering.coa.edit"),
            ("inburgering.duo-signalen-importeren", "inburgering.duo-signalen.verwerken"),
            ("inburgering.duo-registratie-afvinken", "inburgering.duo-registratie.edit"),
            ("inburgering.abonnement-toevoegen", "inburgering.meldingen.beheer"),
            ("inburgering.abonnement-wijzigen", "inburgering.meldingen.beheer"),
            ("inburgering.abonnement-deactiveren", "inburgering.meldingen.beheer"),
            ("inburgering.abonnement-opnieuw-proberen", "inburgering.meldingen.beheer"),
            ("inburgering.levering-importeren", "inburgering.leveringen.importeren"),
            ("inburgering.levering-uploaden", "inburgering.aanleveren"),
        }));
        Assert.That(registreer.Inputs.Select(i => (i.Key, i.Type, i.Required)), Is.EqualTo(new[]
        {
            ("bsn", FieldType.Bsn, false),
            ("vnummer", FieldType.Text, false),
            ("doelgroep", FieldType.Choice, true),
            ("koppeldatum", FieldType.Date, true),
            ("wetRegime", FieldType.Choice, true),
        }));
        Assert.That(registreer.Inputs[2].Choices.Select(c => c.Code), Is.EqualTo(new[] { "Asielstatushouder", "Gezinsmigrant", "OverigeMigrant" }));
        Assert.That(registreer.Inputs[4].Choices.Select(c => c.Code), Is.EqualTo(new[] { "Wi2021", "Wi2013" }));
        Assert.That(registreer.Permission, Is.EqualTo("inburgering.dossier.register"));
        Assert.That(actions["inburgering.koppel-bsn"].Permission, Is.EqualTo("inburgering.dossier.register"));
        Assert.That(actions["inburgering.zoek"].Permission, Is.EqualTo("inburgering.dossier.view"));
        Assert.That(actions["inburgering.sluit-af"].Permission, Is.EqualTo("inburgering.dossier.close"));
        Assert.That(actions["inburgering.beperk"].Permission, Is.EqualTo("inburgering.dossier.restrict"));
        Assert.That(actions["inburgering.beperking-opheffen"].Permission, Is.EqualTo("inburgering.beperking.lift"));
        Assert.That(actions["inburgering.sluit-af"].Inputs.Select(i => (i.Key, i.Type, i.Required)), Is.EqualTo(new[]
        {
            ("afgeslotenOp", FieldType.Date, true),
            ("afsluitReden", FieldType.Choice, true),
        }));
        Assert.That(actions["inburgering.sluit-af"].Inputs[1].Choices.Select(c => c.Code), Is.EqualTo(new[]
        {
            "InburgeringsplichtVoldaan", "Ontheffing", "VertrokkenNaarBuitenland", "Overleden", "IntrekkingDoorDuo", "Anders",
        }));
    }

    [Test]
    public async Task Settings_DeclareFieldsWithDefaults()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider);

        var settings = plugin.Services.GetServices<ISettingsProvider>().SelectMany(p => p.Settings).ToList();
        var setting = settings[0];

        Assert.That(settings.Select(s => (s.Field.Key, s.Default)), Is.EquivalentTo(new[]
        {
            ("inburgering.bewaartermijn-jaren", "5"),
            ("inburgering.voortgangsgesprek-interval-maanden", "3"),
            ("inburgering.pvt-minimum-uren", "12"),
            ("inburgering.zroute-cursusuren", "800"),
            ("inburgering.zroute-participatie-uren-asiel", "800"),
            ("inburgering.zroute-participatie-uren-overig", "0"),
            ("inburgering.verzuimdrempel", "15"),
            ("inburgering.meldingen-bron", "urn:nld:gemeente:{gemeentecode}:inburgering"),
        }));
        Assert.That(settings.Where(s => s.Field.Key != "inburgering.meldingen-bron").Select(s => s.Field.Type), Is.All.EqualTo(FieldType.Number));
        Assert.That(settings.Single(s => s.Field.Key == "inburgering.meldingen-bron").Field.Type, Is.EqualTo(FieldType.Text));
        Assert.That(setting.Field.Type, Is.EqualTo(FieldType.Number));
        Assert.That(setting.Field.Minimum, Is.EqualTo(1));
        Assert.That(setting.Default, Is.EqualTo("5"));
    }

    [Test]
    public async Task Jobs_RegisterRetentionAndDeadlineScan()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider);
        await using var scope = plugin.Services.CreateAsyncScope();

        var jobs = scope.ServiceProvider.GetServices<IScheduledJob>().Select(j => j.Definition.Id);

        Assert.That(jobs, Is.EqualTo(new[] { "inburgering.bewaartermijn", "inburgering.termijnbewaking", "inburgering.meldingen-bezorgen", "inburgering.verhuizingen-brp" }));
    }

    [Test]
    public async Task ClientFields_NeedStatusPermission()
    {
        await using var plugin = await PluginHarness.StartAsync(databaseProvider);
        await using var scope = plugin.Services.CreateAsyncScope();

        var provider = scope.ServiceProvider.GetServices<IRecordFieldProvider>().Single();

        Assert.That(provider.RecordType, Is.EqualTo(HostRecordTypes.Client));
        Assert.That(provider.Fields.Select(f => (f.Key, f.Type)), Is.EqualTo(new[]
        {
            ("inburgeringsplichtig", FieldType.Boolean),
            ("doelgroep", FieldType.Choice),
            ("status", FieldType.Choice),
            ("koppeldatum", FieldType.Date),
        }));
        Assert.That(provider.Fields.Select(f => f.ViewPermission), Is.All.EqualTo("inburgering.status.view"));
    }

    [Test]
    public void Manifest_DeclaresIdHostApiAndSchema()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plugin.json")));
        var root = manifest.RootElement;

        Assert.That(root.GetProperty("id").GetString(), Is.EqualTo("inburgering"));
        Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("0.1.0"));
        Assert.That(root.GetProperty("hostApi").GetString(), Is.EqualTo(">=1.0 <2.0"));
        Assert.That(root.GetProperty("assembly").GetString(), Is.EqualTo("Inburgering.Plugin.dll"));
        Assert.That(root.GetProperty("name").GetProperty("nl").GetString(), Is.EqualTo("Inburgering"));
        Assert.That(root.GetProperty("name").GetProperty("en").GetString(), Is.EqualTo("Civic integration"));
        Assert.That(root.GetProperty("schema").GetString(), Is.EqualTo("inburgering"));
    }

    [Test]
    public void Module_IsThePublicEntryPoint()
    {
        var modules = typeof(InburgeringModule).Assembly.GetExportedTypes().Where(t => typeof(IPluginModule).IsAssignableFrom(t)).ToList();

        Assert.That(modules, Is.EqualTo(new[] { typeof(InburgeringModule) }));
    }
}
