using Host.Abstractions;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Tests.DuoSignalen;
using Inburgering.Plugin.Tests.Voortgang;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.DuoPortaal;

/// <summary>One round trip of a worklist item and an imported DUO signal through each database, with the gemeente filter.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoPortaalPersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Registratie_EveryField_RoundTrips()
    {
        var dossierId = Guid.Parse(await VoortgangHarness.RegisterAsync(_plugin));
        var registratie = Registratie(dossierId);
        registratie.Status = DuoRegistratieStatus.Geregistreerd;
        registratie.GeregistreerdOp = new DateOnly(2026, 12, 4);
        registratie.GeregistreerdDoor = "medewerker-17";
        registratie.AfgevinktOp = PluginHarness.Now;
        registratie.Toelichting = "Geregistreerd via Mijn DUO";
        await WithDbAsync(db => db.DuoRegistraties.Add(registratie));

        var gelezen = (await _plugin.AllRegistratiesAsync()).Single();

        Assert.That(gelezen.Soort, Is.EqualTo(DuoRegistratieSoort.LeerrouteGewijzigd));
        Assert.That(gelezen.Feitversie, Is.EqualTo("v2"));
        Assert.That(gelezen.Datum, Is.EqualTo(new DateOnly(2028, 2, 29)));
        Assert.That(gelezen.Leerroute, Is.EqualTo(Leerroute.ZRoute));
        Assert.That(gelezen.Niveau, Is.EqualTo(PipNiveau.A1));
        Assert.That(gelezen.PipVersienummer, Is.EqualTo(2));
        Assert.That(gelezen.PipSoort, Is.EqualTo(PipSoort.Schakelen));
        Assert.That(gelezen.AangemaaktOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(gelezen.Status, Is.EqualTo(DuoRegistratieStatus.Geregistreerd));
        Assert.That(gelezen.GeregistreerdOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(gelezen.GeregistreerdDoor, Is.EqualTo("medewerker-17"));
        Assert.That(gelezen.AfgevinktOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(gelezen.Toelichting, Is.EqualTo("Geregistreerd via Mijn DUO"));
    }

    [Test]
    public async Task Registratie_SameFactTwice_SecondSaveFails()
    {
        var dossierId = Guid.Parse(await VoortgangHarness.RegisterAsync(_plugin));
        await WithDbAsync(db => db.DuoRegistraties.Add(Registratie(dossierId)));

        var exception = Assert.ThrowsAsync<DbUpdateException>(() => WithDbAsync(db => db.DuoRegistraties.Add(Registratie(dossierId))));

        Assert.That(exception!.IsUniqueViolation(), Is.True);
    }

    [Test]
    public async Task Registratie_OtherGemeente_IsHidden()
    {
        var dossierId = Guid.Parse(await VoortgangHarness.RegisterAsync(_plugin));
        await WithDbAsync(db => db.DuoRegistraties.Add(Registratie(dossierId)));
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var zichtbaar = await VoortgangHarness.WithDbAsync(_plugin, db => db.DuoRegistraties.CountAsync());
        var list = await _plugin.LoadScreenAsync("inburgering.duo-registraties", null);

        Assert.That(zichtbaar, Is.Zero);
        Assert.That(list!.Sections.Single().Elements.OfType<ListElement>().Single().Rows, Is.Empty);
    }

    [Test]
    public async Task ImportedSignal_WithKenmerk_RoundTrips()
    {
        await _plugin.ImportAsync(DuoSignaalImportSteps.Csv(DuoSignaalImportSteps.Kop, "INTREKKING;2026-11-04;999993653;;;;;DUO-0001"));

        var again = await _plugin.ImportAsync(DuoSignaalImportSteps.Csv(DuoSignaalImportSteps.Kop, "INTREKKING;2026-11-04;999993653;;;;;DUO-0001"));

        var signaal = (await _plugin.AllSignalsAsync()).Single();
        Assert.That(again.Message!.Nl, Does.StartWith("0 van de 1 regels"));
        Assert.That(signaal.Kenmerk, Is.EqualTo("DUO-0001"));
        Assert.That(signaal.Inhoudssleutel, Is.EqualTo(Plugin.DuoSignalen.DuoSignaalSleutel.Van(Plugin.DuoSignalen.DuoSignaalSoort.Intrekking, new DateOnly(2026, 11, 4), "999993653", null)));
    }

    private static DuoRegistratie Registratie(Guid dossierId) => new()
    {
        Id = Guid.CreateVersion7(),
        Gemeente = "0599",
        DossierId = dossierId,
        Soort = DuoRegistratieSoort.LeerrouteGewijzigd,
        Feitversie = "v2",
        Datum = new DateOnly(2028, 2, 29),
        Leerroute = Leerroute.ZRoute,
        Niveau = PipNiveau.A1,
        PipVersienummer = 2,
        PipSoort = PipSoort.Schakelen,
        AangemaaktOp = PluginHarness.Now,
        Status = DuoRegistratieStatus.Open,
    };

    private async Task WithDbAsync(Action<InburgeringDbContext> work)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        work(db);
        await db.SaveChangesAsync();
    }
}
