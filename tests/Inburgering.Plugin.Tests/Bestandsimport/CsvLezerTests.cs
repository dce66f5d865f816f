using Inburgering.Plugin.Leveringen;
using static Inburgering.Plugin.Tests.Bestandsimport.TestBestanden;

namespace Inburgering.Plugin.Tests.Bestandsimport;

public sealed class CsvLezerTests
{
    [Test]
    public async Task Csv_WithSemicolons_ReadsRowsWithLineNumbers()
    {
        var (bestand, fouten) = await ControleerAsync($"{Kop()}\r\n{Regel("999993847")}\r\n{Regel("999993653")}\r\n");

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels.Select(r => r.Regelnummer), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(regels[1].Waarde(LeveringKolommen.Bsn), Is.EqualTo("999993653"));
        Assert.That(regels[0].Waarde(LeveringKolommen.UrenGevolgdOnline), Is.EqualTo("4.5"));
        Assert.That(bestand!.Referentie, Is.EqualTo("LEV-1"));
        Assert.That(bestand.AantalRegels, Is.EqualTo(2));
    }

    [Test]
    public async Task Csv_WithCommas_DetectsComma()
    {
        var (bestand, fouten) = await ControleerAsync($"{Kop(',')}\n{Regel(scheidingsteken: ',')}\n");

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels, Has.Count.EqualTo(1));
        Assert.That(regels[0].Waarde(LeveringKolommen.Onderdeel), Is.EqualTo("TAAL"));
        Assert.That(regels[0].Waarde(LeveringKolommen.UrenOngeoorloofdVerzuim), Is.EqualTo("3.5"));
    }

    [Test]
    public async Task Csv_WithByteOrderMark_ReadsFirstColumnName()
    {
        var (bestand, fouten) = await ControleerAsync($"{Kop()}\r\n{Regel()}\r\n", bom: true);

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels[0].Waarde(LeveringKolommen.LeveringId), Is.EqualTo("LEV-1"));
    }

    [Test]
    public async Task Csv_QuotedSeparatorsAndLineBreaks_KeepsStartLines()
    {
        var kop = Kop() + ";opmerking";
        var tekst =
            $"{kop}\r\n" +                                        // line 1
            $"{Regel("999993847")};\"een; twee\"\r\n" +            // line 2
            $"{Regel("999993653")};\"regel a\r\nregel b\nregel c\"\r\n" + // lines 3-5
            "\r\n" +                                              // line 6, empty
            $"{Regel("999995017")};\"zegt \"\"hallo\"\"\"\r\n" +   // line 7
            ";;;;;;;;;;;\r\n" +                                   // line 8, separators only
            $"{Regel("999992806")};\"x\ny\"";                     // lines 9-10, no final line break

        var (bestand, fouten) = await ControleerAsync(tekst);

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels.Select(r => r.Regelnummer), Is.EqualTo(new[] { 2, 3, 7, 9 }));
        Assert.That(regels[0].Waarde(LeveringKolommen.Opmerking), Is.EqualTo("een; twee"));
        Assert.That(regels[1].Waarde(LeveringKolommen.Opmerking), Is.EqualTo("regel a\r\nregel b\nregel c"));
        Assert.That(regels[2].Waarde(LeveringKolommen.Opmerking), Is.EqualTo("zegt \"hallo\""));
        Assert.That(regels[3].Waarde(LeveringKolommen.Opmerking), Is.EqualTo("x\ny"));
        Assert.That(bestand!.AantalRegels, Is.EqualTo(4));
    }

    [Test]
    public async Task Csv_HeaderNames_TrimmedAndWithoutCase()
    {
        var kop = string.Join(';', LeveringKolommen.Verplicht.Select(k => $" {k.ToUpperInvariant()} "));

        var (bestand, fouten) = await ControleerAsync($"{kop}\n{Regel()}\n");

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels[0].Waarden.Keys, Is.EquivalentTo(LeveringKolommen.Verplicht));
        Assert.That(regels[0].Waarde(LeveringKolommen.Bsn), Is.EqualTo("999993847"));
    }

    [Test]
    public async Task Csv_RowWithMoreFieldsThanHeader_CarriesSurplus()
    {
        var (bestand, fouten) = await ControleerAsync($"{Kop()}\n{Regel()};extra;meer\n{Regel()};\n");

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels[0].OverbodigeWaarden, Is.EqualTo("extra meer"));
        Assert.That(regels[1].OverbodigeWaarden, Is.Null);
    }

    [Test]
    public async Task Csv_RowWithFewerFields_HasNoValueForMissingColumns()
    {
        var (bestand, _) = await ControleerAsync($"{Kop()}\nLEV-1;12345678;999993847\n");

        var regels = await RegelsAsync(bestand!);
        Assert.That(regels[0].Waarde(LeveringKolommen.Bsn), Is.EqualTo("999993847"));
        Assert.That(regels[0].Waarde(LeveringKolommen.Onderdeel), Is.Null);
    }

    [Test]
    public async Task Csv_InvalidDatesAndBsns_ArriveAsRows()
    {
        var tekst = $"{Kop()}\n{Regel("12345678A", "31-02-2026")}\n{Regel("999993848", "2026-13-01")}\n";

        var (bestand, fouten) = await ControleerAsync(tekst);

        Assert.That(fouten, Is.Empty);
        var regels = await RegelsAsync(bestand!);
        Assert.That(regels.Select(r => r.Regelnummer), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(regels[0].Waarde(LeveringKolommen.Bsn), Is.EqualTo("12345678A"));
        Assert.That(regels[0].Waarde(LeveringKolommen.PeriodeVan), Is.EqualTo("31-02-2026"));
        Assert.That(regels[1].Waarde(LeveringKolommen.Bsn), Is.EqualTo("999993848"));
        Assert.That(regels[1].Waarde(LeveringKolommen.PeriodeVan), Is.EqualTo("2026-13-01"));
    }

    [Test]
    public async Task Csv_DuplicateRows_ArriveBoth()
    {
        var (bestand, _) = await ControleerAsync($"{Kop()}\n{Regel()}\n\n{Regel()}\n");

        var regels = await RegelsAsync(bestand!);
        Assert.That(regels.Select(r => r.Regelnummer), Is.EqualTo(new[] { 2, 4 }));
        Assert.That(regels[0].Waarden, Is.EqualTo(regels[1].Waarden));
    }

    [Test]
    public async Task Csv_BsnWithLeadingZeros_StaysText()
    {
        var (bestand, _) = await ControleerAsync($"{Kop()}\n{Regel("000009921")}\n");

        var regels = await RegelsAsync(bestand!);
        Assert.That(regels[0].Waarde(LeveringKolommen.Bsn), Is.EqualTo("000009921"));
    }

    [Test]
    public async Task Csv_ReadTwice_GivesSameRows()
    {
        var (bestand, _) = await ControleerAsync($"{Kop()}\n{Regel("999993847")}\n{Regel("999993653")}\n");

        var eerste = await RegelsAsync(bestand!);
        var tweede = await RegelsAsync(bestand!);

        Assert.That(tweede.Select(r => r.Regelnummer), Is.EqualTo(eerste.Select(r => r.Regelnummer)));
        Assert.That(tweede.Select(r => r.Waarde(LeveringKolommen.Bsn)), Is.EqualTo(new[] { "999993847", "999993653" }));
    }
}
