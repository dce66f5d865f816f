using CsvHelper;
using Host.Abstractions;
using Inburgering.Plugin.Security;
using MiniExcelLibs;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// The template of a file of COA forms as CSV or Excel: the header in the order of <see cref="CoaKolommen.Alle"/> and
/// one example row with fictitious values (the BSN is one of the RvIG test persons).
/// </summary>
internal sealed class CoaSjabloonDownload(DownloadDefinition definition, bool isCsv) : IDownload
{
    public const string CsvId = "inburgering.coa-sjabloon-csv";

    public const string XlsxId = "inburgering.coa-sjabloon-xlsx";

    /// <summary>The example row by column; every value is text, so numbers keep their leading zeros in Excel.</summary>
    public static IReadOnlyDictionary<string, string> Voorbeeld { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CoaKolommen.Bsn] = "999993653",
        [CoaKolommen.VNummer] = "1234567890",
        ["formulierdatum"] = "2026-11-16",
        ["regievoerder_naam"] = "Regievoerder COA",
        ["regievoerder_telefoon"] = "088-7152000",
        ["regievoerder_email"] = "regievoerder@coa.example",
        ["azc_naam"] = "AZC Voorbeeld",
        ["azc_adres"] = "Voorbeeldweg 1, 1234 AB Voorbeeld",
        ["azc_telefoon"] = "06-12345678",
        ["azc_email"] = "bewoner@example.nl",
        ["digid_aangevraagd"] = "ja",
        ["digid_aangevraagd_op"] = "2026-11-10",
        ["rijbewijs"] = "ja",
        ["rijbewijs_uitgifte_staat"] = "Syrië",
        ["toestemming_voorinburgering"] = "ja",
        ["toestemming_voorinburgering_op"] = "2026-10-01",
        ["huisvestingsdatum"] = "",
        ["start_scenario"] = "StartVoorHuisvesting",
        ["bijzonderheden"] = "Voorbeeldregel: vervang door de gegevens van het formulier. Geen gegevens over gezondheid.",
    };

    public DownloadDefinition Definition { get; } = definition;

    /// <summary>Returns the two downloads, CSV and Excel.</summary>
    public static IEnumerable<CoaSjabloonDownload> Alle() =>
    [
        new(new DownloadDefinition(CsvId, InburgeringPermissions.CoaView), isCsv: true),
        new(new DownloadDefinition(XlsxId, InburgeringPermissions.CoaView), isCsv: false),
    ];

    public Task<DownloadFile?> CreateAsync(string? recordId, CancellationToken cancellationToken) =>
        Task.FromResult<DownloadFile?>(isCsv
            ? new DownloadFile("coa-informatieformulieren.csv", "text/csv; charset=utf-8", SchrijfCsvAsync)
            : new DownloadFile("coa-informatieformulieren.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SchrijfXlsxAsync));

    /// <summary>Writes the template as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8) and <c>;</c> between the columns.</summary>
    internal static async Task SchrijfCsvAsync(Stream uitvoer, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(uitvoer, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: true);
        await writer.WriteRecordAsync([.. CoaKolommen.Alle], cancellationToken);
        await writer.WriteRecordAsync([.. CoaKolommen.Alle.Select(k => Voorbeeld[k])], cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Writes the template as an Excel workbook with one sheet.</summary>
    internal static async Task SchrijfXlsxAsync(Stream uitvoer, CancellationToken cancellationToken)
    {
        // The template is small, so it is built in memory and copied, whatever the response stream supports.
        using var werkmap = new MemoryStream();
        var regels = new[] { CoaKolommen.Alle.ToDictionary(k => k, k => (object)Voorbeeld[k]) };
        await werkmap.SaveAsAsync(regels, sheetName: "COA", cancellationToken: cancellationToken);

        werkmap.Position = 0;
        await werkmap.CopyToAsync(uitvoer, cancellationToken);
    }
}
