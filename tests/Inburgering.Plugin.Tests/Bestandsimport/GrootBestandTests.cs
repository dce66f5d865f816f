using System.Text;
using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Tests.Bestandsimport;

/// <summary>
/// A file of 100,000 rows on disk, checked and read through: the memory that survives a full garbage collection must stay
/// far below the file's size, which shows the rows stream instead of being loaded whole.
/// </summary>
public sealed class GrootBestandTests
{
    private const int AantalRegels = 100_000;

    private string _pad = "";

    [OneTimeSetUp]
    public async Task SchrijfBestandAsync()
    {
        _pad = Path.Combine(Path.GetTempPath(), $"levering-{Guid.NewGuid():N}.csv");
        await using var writer = new StreamWriter(_pad, false, new UTF8Encoding(true));
        await writer.WriteLineAsync(string.Join(';', LeveringKolommen.Alle));
        for (var index = 0; index < AantalRegels; index++)
        {
            await writer.WriteLineAsync(
                $"LEV-GROOT;12345678;;{999_000_000 + index};TR-{index};B1;TAAL;2026-11-01;2026-11-30;40;30;4.5;2;3.5;A2;A2;A1;A1;;;;2026-09-01;;;\"opmerking {index}; met scheidingsteken\"");
        }
    }

    [OneTimeTearDown]
    public void VerwijderBestand() => File.Delete(_pad);

    [Test]
    public async Task LargeCsv_StreamsWithFlatMemory()
    {
        var bestandsgrootte = new FileInfo(_pad).Length;
        Func<Stream> open = () => new FileStream(_pad, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        var basis = GC.GetTotalMemory(forceFullCollection: true);

        var (bestand, fouten) = await LeveringBestandControle.ControleerAsync(open, CancellationToken.None);
        var naControle = GC.GetTotalMemory(forceFullCollection: true) - basis;

        var aantal = 0;
        var laatste = 0;
        long piek = 0;
        await foreach (var regel in bestand!.LeesAsync(CancellationToken.None))
        {
            aantal++;
            laatste = regel.Regelnummer;
            if (aantal % 25_000 == 0)
            {
                piek = Math.Max(piek, GC.GetTotalMemory(forceFullCollection: true) - basis);
            }
        }

        Assert.That(fouten, Is.Empty);
        Assert.That(bestandsgrootte, Is.GreaterThan(15_000_000));
        Assert.That(bestand.AantalRegels, Is.EqualTo(AantalRegels));
        Assert.That(aantal, Is.EqualTo(AantalRegels));
        Assert.That(laatste, Is.EqualTo(AantalRegels + 1));
        Assert.That(naControle, Is.LessThan(bestandsgrootte / 20));
        Assert.That(piek, Is.LessThan(bestandsgrootte / 20));
    }
}
