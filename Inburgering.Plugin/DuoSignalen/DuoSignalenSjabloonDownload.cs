using CsvHelper;
using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// The template of the import file of DUO signals as CSV: the header of <see cref="DuoSignaalKolommen.Alle"/> and one
/// example row with fictitious values (the BSN is one of the RvIG test persons).
/// </summary>
internal sealed class DuoSignalenSjabloonDownload : IDownload
{
    public const string DownloadId = "inburgering.duo-signalen-sjabloon-csv";

    /// <summary>The example row by column.</summary>
    public static IReadOnlyDictionary<string, string> Voorbeeld { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DuoSignaalKolommen.Soort] = "NIEUWE_PLICHTIGE",
        [DuoSignaalKolommen.Kennisgevingsdatum] = "2026-11-02",
        [DuoSignaalKolommen.Bsn] = "999993847",
        [DuoSignaalKolommen.VNummer] = "",
        [DuoSignaalKolommen.Doelgroep] = "GEZINSMIGRANT",
        [DuoSignaalKolommen.WetRegime] = "WI2021",
        [DuoSignaalKolommen.Koppeldatum] = "",
        [DuoSignaalKolommen.Kenmerk] = "DUO-2026-000123",
        [DuoSignaalKolommen.Toelichting] = "Voorbeeldregel: vervang door de signalen uit het DUO-portaal",
    };

    public DownloadDefinition Definition { get; } = new(DownloadId, InburgeringPermissions.DuoSignalenView);

    public Task<DownloadFile?> CreateAsync(string? recordId, CancellationToken cancellationToken) =>
        Task.FromResult<DownloadFile?>(new DownloadFile("duo-signalen-sjabloon.csv", "text/csv; charset=utf-8", SchrijfCsvAsync));

    /// <summary>Writes the template as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8) and <c>;</c> between the columns.</summary>
    public static async Task SchrijfCsvAsync(Stream uitvoer, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(uitvoer, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: true);
        await writer.WriteRecordAsync([.. DuoSignaalKolommen.Alle], cancellationToken);
        await writer.WriteRecordAsync([.. DuoSignaalKolommen.Alle.Select(k => Voorbeeld[k])], cancellationToken);
        await writer.FlushAsync(cancellationToken);
    }
}
