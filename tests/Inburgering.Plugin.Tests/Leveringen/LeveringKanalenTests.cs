using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Uren;
using TestSupport;
using static Inburgering.Plugin.Tests.Leveringen.LeveringOmgeving;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>The same period delivered through the portal and by a consulent's import gives the same totals.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringKanalenTests(DatabaseProvider provider)
{
    [Test]
    public async Task PortaalAndImport_SamePeriod_GiveSameTotals()
    {
        await using var portaal = await LeveringOmgeving.StartAsync(provider);
        await using var import = await LeveringOmgeving.StartAsync(provider);
        var dossierId = await portaal.DossierAsync(Bsn1);
        var aanmeldingId = await portaal.AanmeldingAsync(dossierId, portaal.Noord);
        await import.CursistAsync(Bsn1);
        portaal.AlsMedewerkerVan(portaal.Noord);

        var result = await portaal.Plugin.ExecuteAsync(
            "inburgering.aanwezigheid-leveren",
            aanmeldingId.ToString(),
            ("periodeVan", "2026-11-01"),
            ("periodeTot", "2026-11-30"),
            ("urenAangeboden", "40"),
            ("urenGevolgdFysiek", "30"),
            ("urenGevolgdOnline", "6"),
            ("urenGeoorloofdVerzuim", "2"),
            ("urenOngeoorloofdVerzuim", "2"));
        await import.VerwerkAsync(import.Import(), [Regel(2, Bsn1)]);

        var doorPortaal = await portaal.AlleAsync<Urenregel>();
        var doorImport = await import.AlleAsync<Urenregel>();
        Assert.That(result.Succeeded, Is.True);
        Assert.That((await portaal.AlleAsync<Levering>()).Single().Kanaal, Is.EqualTo(LeveringKanaal.Portaal));
        Assert.That(Totalen(doorPortaal), Is.EqualTo(Totalen(doorImport)));
        Assert.That(Totalen(doorImport), Is.EqualTo(new[] { (UrenSoort.Nt2Fysiek, 30m), (UrenSoort.Nt2Online, 6m) }));
    }

    private static (UrenSoort, decimal)[] Totalen(IEnumerable<Urenregel> uren) =>
        [.. uren.GroupBy(r => r.Soort).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(r => r.Uren)))];
}
