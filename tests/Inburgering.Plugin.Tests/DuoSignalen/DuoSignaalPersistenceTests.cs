using Host.Abstractions;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Levensloop;
using TestSupport;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>One round trip of every kind of DUO signal through each database, with the gemeente filter.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoSignaalPersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Signals_EveryKind_RoundTrip()
    {
        var nieuw = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021", koppeldatum: "2026-09-28");
        await _plugin.ProcessAsync(nieuw);
        var correctie = await _plugin.EnterValidSignalAsync("Correctie", "2026-11-02", doelgroep: "OverigeMigrant");
        await _plugin.ProcessAsync(correctie);
        var dossierId = (await _plugin.AllDossiersAsync()).Single().Id.ToString();
        await _plugin.WorkTasks.EnsureAsync(new WorkTask($"inburgering.pip-te-laat:{dossierId}", "inburgering.pip-te-laat", dossierId, new LocalizedText("PIP te laat", "PIP overdue"), new DateOnly(2026, 12, 10)), CancellationToken.None);
        var intrekking = await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01");

        var result = await _plugin.ProcessAsync(intrekking);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var signalen = (await _plugin.AllSignalsAsync()).ToDictionary(s => s.Id.ToString());
        Assert.That(result.Succeeded, Is.True);
        Assert.That(signalen.Values.Select(s => s.Status), Has.All.EqualTo(DuoSignaalStatus.Verwerkt));
        Assert.That(signalen.Values.Select(s => s.DossierId), Has.All.EqualTo(dossier.Id));
        Assert.That(signalen[nieuw].Koppeldatum, Is.EqualTo(new DateOnly(2026, 9, 28)));
        Assert.That(signalen[nieuw].Bsn, Is.EqualTo("999993653"));
        Assert.That(signalen[nieuw].IngevoerdOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(dossier.DuoKennisgevingOp, Is.EqualTo(new DateOnly(2026, 10, 1)));
        Assert.That(dossier.BeperkingReden, Is.EqualTo("Intrekking door DUO"));
        Assert.That((await _plugin.AllCorrectionsAsync()).Single().Gegeven, Is.EqualTo(CorrectieGegeven.Doelgroep));
        Assert.That(_plugin.WorkTasks.Open, Is.Empty);
    }

    [Test]
    public async Task Signals_OtherGemeente_AreHidden()
    {
        await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01");
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var duplicateElsewhere = await _plugin.EnterSignalAsync("Intrekking", "2026-12-01");
        var list = await _plugin.LoadScreenAsync("inburgering.duo-signalen", null);

        Assert.That(duplicateElsewhere.Errors, Is.Empty);
        Assert.That(list!.Sections.Single().Elements.OfType<ListElement>().Single().Rows, Has.Count.EqualTo(1));
        Assert.That((await _plugin.AllSignalsAsync()).Select(s => s.Gemeente), Is.EquivalentTo(new[] { "0599", "0518" }));
    }
}
