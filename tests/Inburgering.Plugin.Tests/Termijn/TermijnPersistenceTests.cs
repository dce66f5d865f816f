using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using TestSupport;
using static Inburgering.Plugin.Tests.Termijn.TermijnScreenValues;

namespace Inburgering.Plugin.Tests.Termijn;

/// <summary>One round trip of every termijn and handhaving table on each database.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class TermijnPersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task TermijnAndHandhaving_RoundTrip_ShowOnScreen()
    {
        var id = await TermijnDossier.RegisterAsync(_plugin, new DateOnly(2024, 2, 29));

        Assert.That((await ExecuteAsync("inburgering.termijn.verleng", id,
            ("besluitdatum", "2026-11-30"), ("beslisser", "Gemeente"), ("beslisserNaam", "Team Inburgering"),
            ("verlengingsGrond", "Anders"), ("toelichting", "Mantelzorg"), ("nieuweLaatsteDag", "2027-08-31"))).Succeeded, Is.True);
        Assert.That((await ExecuteAsync("inburgering.termijn.geen-verwijt", id,
            ("vastgesteldOp", "2026-12-01"), ("geenVerwijtGrond", "Praktijkonderwijs"), ("toelichting", "Praktijkschool"))).Succeeded, Is.True);
        Assert.That((await ExecuteAsync("inburgering.handhaving.pip-niet-nagekomen", id,
            ("datum", "2026-11-16"), ("verplichting", "Knm"), ("omschrijving", "Niet naar de KNM-lessen"))).Succeeded, Is.True);
        Assert.That((await ExecuteAsync("inburgering.handhaving.besluit", id,
            ("maatregel", "BoetePip"), ("uitkomst", "Opgelegd"), ("bedrag", "125.50"), ("besluitdatum", "2026-12-03"))).Succeeded, Is.True);
        Assert.That((await ExecuteAsync("inburgering.termijn.vrijstelling", id,
            ("besluitdatum", "2026-12-04"), ("vrijstellingGrond", "Diploma"))).Succeeded, Is.True);

        var screen = (await _plugin.LoadScreenAsync("inburgering.termijn", id))!;
        Assert.That(Field(screen, "Inburgeringstermijn", "laatsteDag"), Is.EqualTo(new DateOnly(2027, 2, 28)));
        Assert.That(Field(screen, "Inburgeringstermijn", "effectieveLaatsteDag"), Is.EqualTo(new DateOnly(2027, 8, 31)));
        Assert.That(Rows(screen, "Verlengingen").Single().Values, Is.EqualTo(new object?[]
        {
            1, new DateOnly(2026, 11, 30), "Gemeente", "Team Inburgering", "Anders", "Mantelzorg", new DateOnly(2027, 8, 31),
        }));
        Assert.That(Texts(screen, "Inburgeringstermijn").Single(), Does.EndWith("vastgesteld op 1 december 2026: Praktijkschool"));
        Assert.That(Rows(screen, "Ontheffing en vrijstelling").Single().Values, Is.EqualTo(new object?[] { "Vrijstelling", new DateOnly(2026, 12, 4), "Diploma", null }));
        Assert.That(Rows(screen, "Handhaving", 0).Single().Values, Is.EqualTo(new object?[] { "PipVerwijtbaarNietNagekomen", new DateOnly(2026, 11, 16), "Knm", "Niet naar de KNM-lessen" }));
        Assert.That(Rows(screen, "Handhaving", 1).Single().Values, Is.EqualTo(new object?[] { new DateOnly(2026, 12, 3), "BoetePip", "Opgelegd", 125.50m, null }));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.Ontheffing));
        Assert.That(_plugin.ProcessingLog.Records, Has.Count.EqualTo(6));
        Assert.That(_plugin.ProcessingLog.Records.Select(r => (r.ActivityId, r.Operation)).Distinct(), Is.EqualTo(new[]
        {
            ("inburgering.handhaving", ProcessingOperation.Update),
            ("inburgering.handhaving", ProcessingOperation.Read),
        }));
    }

    private async Task<ActionResult> ExecuteAsync(string actionId, string id, params (string Key, string? Value)[] values) =>
        await _plugin.ExecuteVersionedAsync(actionId, id, await _plugin.DossierVersionAsync(id), values);
}
