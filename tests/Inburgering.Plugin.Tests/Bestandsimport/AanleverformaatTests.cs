using System.Text;
using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Leveringen;
using static Inburgering.Plugin.Tests.Bestandsimport.TestBestanden;

namespace Inburgering.Plugin.Tests.Bestandsimport;

public sealed class AanleverformaatTests
{
    [Test]
    public async Task CsvTemplate_HasHeaderAndExampleRow()
    {
        using var stream = new MemoryStream();
        await Aanleverformaat.SchrijfCsvAsync(stream, CancellationToken.None);

        var bytes = stream.ToArray();
        Assert.That(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), Is.True);
        var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.That(regels[0], Is.EqualTo(string.Join(';', LeveringKolommen.Alle)));
        Assert.That(regels[1], Does.StartWith("LEV-2026-11-001;12345678;000012345678;999993847;TR-0001;B1;TAAL;2026-11-01;2026-11-30;40;30;4.5;2;3.5;"));
    }

    [Test]
    public async Task CsvTemplate_ReadsBackAsOneRow()
    {
        using var stream = new MemoryStream();
        await Aanleverformaat.SchrijfCsvAsync(stream, CancellationToken.None);

        var (bestand, fouten) = await ControleerAsync(stream.ToArray());

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels, Has.Count.EqualTo(1));
        Assert.That(regels[0].Regelnummer, Is.EqualTo(2));
        foreach (var kolom in LeveringKolommen.Alle)
        {
            Assert.That(regels[0].Waarden[kolom] ?? "", Is.EqualTo(Aanleverformaat.Voorbeeld[kolom]), kolom);
        }
    }

    [Test]
    public async Task XlsxTemplate_ReadsBackAsOneRow()
    {
        using var stream = new MemoryStream();
        await Aanleverformaat.SchrijfXlsxAsync(stream, CancellationToken.None);

        var (bestand, fouten) = await ControleerAsync(stream.ToArray());

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels, Has.Count.EqualTo(1));
        Assert.That(regels[0].Regelnummer, Is.EqualTo(2));
        foreach (var kolom in LeveringKolommen.Alle)
        {
            Assert.That(regels[0].Waarden[kolom] ?? "", Is.EqualTo(Aanleverformaat.Voorbeeld[kolom]), kolom);
        }
    }
}
