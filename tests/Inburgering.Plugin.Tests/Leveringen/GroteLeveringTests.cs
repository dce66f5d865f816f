using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Uren;
using TestSupport;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>A delivery of 100,000 rows, streamed in and written in batches.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class GroteLeveringTests(DatabaseProvider provider)
{
    private const int Cursisten = 1_000;
    private const int Dagen = 100;

    /// <summary>
    /// The maximum growth of the managed heap while the rows are written. Keeping every row and its hours in the change
    /// tracker would take several hundred MB (an estimate). The periods and ids the processing keeps measured 5 MB here.
    /// </summary>
    private const long MaximumGroei = 150L * 1024 * 1024;

    [Test]
    public async Task Levering_100000Rows_IsImportedWithFlatMemory()
    {
        await using var omgeving = await LeveringOmgeving.StartAsync(provider, stil: true);
        var bsns = TestBsn.Reeks(100, Cursisten);
        await omgeving.CursistenAsync(bsns);
        var aanroepen = 0;
        long groei = 0;

        var voor = GC.GetTotalMemory(forceFullCollection: true);
        var uitkomst = await omgeving.VerwerkAsync(
            omgeving.Import(referentie: GroteLevering.Referentie),
            () => ++aanroepen == 2 ? MeetAanHetEinde(GroteLevering.Dagen(bsns, Dagen), bytes => groei = bytes - voor) : LeveringOmgeving.Stroom(GroteLevering.Dagen(bsns, Dagen)));
        await TestContext.Out.WriteLineAsync($"Managed heap growth at the last row of the second pass: {groei / 1024 / 1024} MB");

        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(uitkomst.Fouten, Is.Empty);
        Assert.That(uitkomst.AantalRegels, Is.EqualTo(100_000));
        Assert.That(uitkomst.AantalVerwerkt, Is.EqualTo(100_000));
        Assert.That(await omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(100_000));
        Assert.That(await omgeving.AantalAsync<Urenregel>(), Is.EqualTo(200_000));
        Assert.That((await omgeving.AlleAsync<Urenregel>()).Sum(r => r.Uren), Is.EqualTo(300_000m));
        Assert.That(omgeving.Plugin.ProcessingLog.Records, Has.Count.EqualTo(Cursisten));
        Assert.That(omgeving.Signalering.Meldingen, Has.Count.EqualTo(100_000));
        Assert.That(groei, Is.LessThan(MaximumGroei));
    }

    /// <summary>Streams <paramref name="regels"/> and, after the last row, reports the managed heap size after a full collection.</summary>
    private static async IAsyncEnumerable<LeveringRegel> MeetAanHetEinde(IEnumerable<LeveringRegel> regels, Action<long> meet)
    {
        foreach (var regel in regels)
        {
            await Task.Yield();
            yield return regel;
        }

        meet(GC.GetTotalMemory(forceFullCollection: true));
    }
}
