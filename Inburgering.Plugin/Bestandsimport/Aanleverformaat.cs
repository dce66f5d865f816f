using CsvHelper;
using Inburgering.Plugin.Leveringen;
using MiniExcelLibs;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// The template of the delivery format: the header in the order of <see cref="LeveringKolommen.Alle"/> and one example
/// row with fictitious values (the BSN is one of the RvIG test persons), as CSV and as an Excel workbook.
/// </summary>
internal static class Aanleverformaat
{
    /// <summary>The example row by column; every value is text, so a BSN keeps its leading zeros in Excel.</summary>
    public static IReadOnlyDictionary<string, string> Voorbeeld { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [LeveringKolommen.LeveringId] = "LEV-2026-11-001",
        [LeveringKolommen.AanbiederKvk] = "12345678",
        [LeveringKolommen.Vestigingsnummer] = "000012345678",
        [LeveringKolommen.Bsn] = "999993847",
        [LeveringKolommen.TrajectRef] = "TR-0001",
        [LeveringKolommen.Leerroute] = "B1",
        [LeveringKolommen.Onderdeel] = "TAAL",
        [LeveringKolommen.PeriodeVan] = "2026-11-01",
        [LeveringKolommen.PeriodeTot] = "2026-11-30",
        [LeveringKolommen.UrenAangeboden] = "40",
        [LeveringKolommen.UrenGevolgdFysiek] = "30",
        [LeveringKolommen.UrenGevolgdOnline] = "4.5",
        [LeveringKolommen.UrenGeoorloofdVerzuim] = "2",
        [LeveringKolommen.UrenOngeoorloofdVerzuim] = "3.5",
        [LeveringKolommen.NiveauLezen] = "A2",
        [LeveringKolommen.NiveauLuisteren] = "A2",
        [LeveringKolommen.NiveauSpreken] = "A1",
        [LeveringKolommen.NiveauSchrijven] = "A1",
        [LeveringKolommen.ExamenOnderdeel] = "LEZEN",
        [LeveringKolommen.ExamenDatum] = "2026-11-20",
        [LeveringKolommen.ExamenResultaat] = "BEHAALD",
        [LeveringKolommen.Startdatum] = "2026-09-01",
        [LeveringKolommen.Einddatum] = "",
        [LeveringKolommen.Uitvalreden] = "",
        [LeveringKolommen.Opmerking] = "Voorbeeldregel: vervang door de gegevens van uw cursisten",
    };

    /// <summary>Writes the template as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8) and <c>;</c> between the columns.</summary>
    public static async Task SchrijfCsvAsync(Stream uitvoer, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(uitvoer, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: true);
        await writer.WriteRecordAsync([.. LeveringKolommen.Alle], cancellationToken);
        await writer.WriteRecordAsync([.. LeveringKolommen.Alle.Select(k => Voorbeeld[k])], cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the template as an Excel workbook with one sheet.</summary>
    public static async Task SchrijfXlsxAsync(Stream uitvoer, CancellationToken cancellationToken)
    {
        // The template is small, so it is built in memory and copied, whatever the response stream supports.
        using var werkmap = new MemoryStream();
        var regels = new[] { LeveringKolommen.Alle.ToDictionary(k => k, k => (object)Voorbeeld[k]) };
        await werkmap.SaveAsAsync(regels, sheetName: "Levering", cancellationToken: cancellationToken);

        werkmap.Position = 0;
        await werkmap.CopyToAsync(uitvoer, cancellationToken);
    }
}
