using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// The template of the delivery format as CSV or Excel. Each format is offered twice, because a download has one
/// permission: once for the gemeente's staff and once for aanbieders.
/// </summary>
internal sealed class AanleverformaatDownload(DownloadDefinition definition, bool isCsv) : IDownload
{
    public const string CsvId = "inburgering.aanleverformaat-csv";

    public const string XlsxId = "inburgering.aanleverformaat-xlsx";

    public const string MijnCsvId = "inburgering.mijn-aanleverformaat-csv";

    public const string MijnXlsxId = "inburgering.mijn-aanleverformaat-xlsx";

    public DownloadDefinition Definition { get; } = definition;

    /// <summary>Returns the four downloads: CSV and Excel, for staff and for aanbieders.</summary>
    public static IEnumerable<AanleverformaatDownload> Alle() =>
    [
        new(new DownloadDefinition(CsvId, InburgeringPermissions.LeveringenView), isCsv: true),
        new(new DownloadDefinition(XlsxId, InburgeringPermissions.LeveringenView), isCsv: false),
        new(new DownloadDefinition(MijnCsvId, InburgeringPermissions.Aanleveren), isCsv: true),
        new(new DownloadDefinition(MijnXlsxId, InburgeringPermissions.Aanleveren), isCsv: false),
    ];

    public Task<DownloadFile?> CreateAsync(string? recordId, CancellationToken cancellationToken) =>
        Task.FromResult<DownloadFile?>(isCsv
            ? new DownloadFile("aanleverformaat.csv", "text/csv; charset=utf-8", Aanleverformaat.SchrijfCsvAsync)
            : new DownloadFile("aanleverformaat.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Aanleverformaat.SchrijfXlsxAsync));
}
