using System.IO.Compression;
using System.Text;
using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Leveringen;
using static Inburgering.Plugin.Tests.Bestandsimport.TestBestanden;

namespace Inburgering.Plugin.Tests.Bestandsimport;

public sealed class BestandsfoutTests
{
    [Test]
    public async Task Controle_EmptyFile_IsLeeg()
    {
        var (bestand, fouten) = await ControleerAsync([]);

        Assert.That(bestand, Is.Null);
        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.Leeg }));
        Assert.That(fouten[0].Melding.Nl, Is.EqualTo("Het bestand is leeg. Kies het bestand met de kopregel en de regels van de levering."));
    }

    [TestCase("\uFEFF")]
    [TestCase(" \r\n\t\r\n")]
    public async Task Controle_OnlyBomOrWhiteSpace_IsLeeg(string tekst)
    {
        var (_, fouten) = await ControleerAsync(Encoding.UTF8.GetBytes(tekst));

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.Leeg }));
    }

    [Test]
    public async Task Controle_HeaderWithoutRows_IsGeenRegels()
    {
        var (_, fouten) = await ControleerAsync($"{Kop()}\r\n\r\n;;;\r\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.GeenRegels }));
    }

    [Test]
    public async Task Controle_MissingHeader_ListsAllMissingColumns()
    {
        var (_, fouten) = await ControleerAsync($"{Regel()}\n{Regel()}\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.OntbrekendeKolommen, BestandsfoutSoort.OnbekendeKolommen }));
        Assert.That(fouten[0].Melding.Nl, Does.Contain(string.Join(", ", LeveringKolommen.Verplicht)));
        Assert.That(fouten[1].Melding.En, Does.StartWith("The delivery format has no such columns: LEV-1, 12345678, 999993847, TAAL, 2026-11-01, 2026-11-30, 40, 30, 4.5, 2, 3.5."));
    }

    [Test]
    public async Task Controle_MissingColumns_ListsEachOne()
    {
        var kop = string.Join(';', LeveringKolommen.Verplicht.Where(k => k != LeveringKolommen.Bsn && k != LeveringKolommen.PeriodeTot));

        var (_, fouten) = await ControleerAsync($"{kop}\nx\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.OntbrekendeKolommen }));
        Assert.That(fouten[0].Melding.Nl, Is.EqualTo("Deze verplichte kolommen ontbreken in de kopregel: bsn, periode_tot. Voeg ze toe; het sjabloon heeft alle kolommen."));
        Assert.That(fouten[0].Melding.En, Is.EqualTo("These required columns are missing from the header: bsn, periode_tot. Add them; the template has all columns."));
    }

    [Test]
    public async Task Controle_UnknownColumns_ListsEachOne()
    {
        var (_, fouten) = await ControleerAsync($"{Kop()};naam;Uren_Gevolgd\n{Regel()};x;y\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.OnbekendeKolommen }));
        Assert.That(fouten[0].Melding.Nl, Is.EqualTo("Deze kolommen kent het aanleverformaat niet: naam, Uren_Gevolgd. Verwijder ze of gebruik de kolomnamen uit het sjabloon."));
    }

    [Test]
    public async Task Controle_DuplicateColumns_AreNamed()
    {
        var (_, fouten) = await ControleerAsync($"{Kop()};BSN;opmerking;Opmerking\n{Regel()};1;2;3\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.DubbeleKolommen }));
        Assert.That(fouten[0].Melding.En, Is.EqualTo("These columns occur more than once in the header: bsn, opmerking. Keep each column once."));
    }

    [Test]
    public async Task Controle_ColumnWithoutName_IsNamedByNumber()
    {
        var (_, fouten) = await ControleerAsync($"{Kop()};;opmerking;;\n{Regel()};;x\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.KolomZonderNaam }));
        Assert.That(fouten[0].Melding.Nl, Does.StartWith("Kolom 12 van de kopregel heeft geen naam."));
    }

    [TestCase('\t', "tabs")]
    [TestCase('|', "vertical bars (|)")]
    public async Task Controle_WrongDelimiter_NamesIt(char scheidingsteken, string genoemd)
    {
        var (_, fouten) = await ControleerAsync($"{Kop(scheidingsteken)}\n{Regel(scheidingsteken: scheidingsteken)}\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.Scheidingsteken }));
        Assert.That(fouten[0].Melding.En, Is.EqualTo($"The header has only one column, but contains {genoemd}: the file uses another separator. Use a semicolon (;) or a comma (,) between the columns."));
    }

    [Test]
    public async Task Controle_FirstRowWithoutLeveringId_IsRejected()
    {
        var (_, fouten) = await ControleerAsync($"{Kop()}\n\n{Regel(leveringId: " ")}\n{Regel()}\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.GeenLeveringId }));
        Assert.That(fouten[0].Melding.Nl, Does.StartWith("Regel 3, de eerste regel met gegevens, heeft geen levering_id."));
    }

    [Test]
    public async Task Controle_UnclosedQuote_NamesLine()
    {
        var (_, fouten) = await ControleerAsync($"{Kop()};opmerking\n{Regel()};ok\n{Regel()};\"open\n{Regel()};x\n");

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.OpenAanhalingsteken }));
        Assert.That(fouten[0].Melding.Nl, Does.StartWith("Op regel 3 begint een waarde"));
    }

    [Test]
    public async Task Controle_BinaryFile_IsGeenTekst()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var (_, fouten) = await ControleerAsync(png);

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.GeenTekst }));
    }

    [Test]
    public async Task Controle_NulByteFarDown_IsGeenTekst()
    {
        var tekst = Utf8($"{Kop()}\n" + string.Concat(Enumerable.Repeat($"{Regel()}\n", 3000)));
        byte[] bestand = [.. tekst, 0x00, .. Utf8($"{Regel()}\n")];

        var (_, fouten) = await ControleerAsync(bestand);

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.GeenTekst }));
    }

    [Test]
    public async Task Controle_Latin1Text_IsGeenUtf8WithLine()
    {
        var latin1 = Encoding.Latin1.GetBytes($"{Kop()};opmerking\n{Regel()};goed\n{Regel()};café\n");

        var (_, fouten) = await ControleerAsync(latin1);

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.GeenUtf8 }));
        Assert.That(fouten[0].Melding.Nl, Does.StartWith("Het bestand is geen geldige UTF-8-tekst (regel 3)."));
    }

    [Test]
    public async Task Controle_Utf16Text_IsUtf16()
    {
        var (_, fouten) = await ControleerAsync([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes($"{Kop()}\n{Regel()}\n")]);

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.Utf16 }));
    }

    [Test]
    public async Task Controle_OldExcelFile_IsOudExcel()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x3E, 0x00];

        var (_, fouten) = await ControleerAsync(xls);

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.OudExcel }));
    }

    [Test]
    public async Task Controle_ZipWithoutWorkbook_IsGeenWerkmap()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<document/>");
        }

        var (_, fouten) = await ControleerAsync(stream.ToArray());

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.GeenWerkmap }));
    }

    [Test]
    public async Task Controle_DamagedZip_IsGeenWerkmap()
    {
        var (_, fouten) = await ControleerAsync([0x50, 0x4B, 0x03, 0x04, .. Encoding.ASCII.GetBytes("geen echt archief")]);

        Assert.That(fouten.Select(f => f.Soort), Is.EqualTo(new[] { BestandsfoutSoort.GeenWerkmap }));
    }
}
