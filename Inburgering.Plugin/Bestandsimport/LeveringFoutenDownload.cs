using CsvHelper;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// The errors of one delivery as CSV (line, column, value, message in Dutch and English); the record id is the delivery
/// id. Staff get any delivery of the gemeente; an aanbieder's employee only those of the aanbieders the user acts for.
/// The BSNs among the values are recorded in the processing log once the file is written.
/// </summary>
internal sealed class LeveringFoutenDownload(DownloadDefinition definition, InburgeringDbContext db, IProcessingLog processingLog, IAanbiederToegang? toegang) : IDownload
{
    public const string Id = "inburgering.levering-fouten";

    public const string MijnId = "inburgering.mijn-levering-fouten";

    public DownloadDefinition Definition { get; } = definition;

    /// <summary>Creates the download for the gemeente's staff.</summary>
    public static LeveringFoutenDownload VoorMedewerker(InburgeringDbContext db, IProcessingLog processingLog) =>
        new(new DownloadDefinition(Id, InburgeringPermissions.LeveringenView), db, processingLog, null);

    /// <summary>Creates the download for an aanbieder's employees.</summary>
    public static LeveringFoutenDownload VoorAanbieder(InburgeringDbContext db, IProcessingLog processingLog, IAanbiederToegang toegang) =>
        new(new DownloadDefinition(MijnId, InburgeringPermissions.Aanleveren), db, processingLog, toegang);

    public async Task<DownloadFile?> CreateAsync(string? recordId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(recordId, out var leveringId))
        {
            return null;
        }

        var aanbiederId = await db.Leveringen.AsNoTracking().Where(l => l.Id == leveringId).Select(l => (Guid?)l.AanbiederId).SingleOrDefaultAsync(cancellationToken);
        if (aanbiederId is null)
        {
            return null;
        }

        if (toegang is not null && !(await toegang.EigenAanbiedersAsync(cancellationToken)).Any(a => a.Id == aanbiederId))
        {
            return null;
        }

        return new DownloadFile($"levering-{leveringId}-fouten.csv", "text/csv; charset=utf-8", (uitvoer, token) => SchrijfAsync(leveringId, uitvoer, token));
    }

    private async Task SchrijfAsync(Guid leveringId, Stream uitvoer, CancellationToken cancellationToken)
    {
        // Values come from the aanbieder's file, so one that starts like a formula is escaped for spreadsheets.
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n", Injection = CsvInjection.Escape };
        await using var writer = CsvWriter.Create(uitvoer, options, leaveOpen: true);
        await writer.WriteRecordAsync(["regel", "kolom", "waarde", "melding", "message"], cancellationToken);

        var fouten = db.LeveringFouten
            .AsNoTracking()
            .Where(f => f.LeveringId == leveringId)
            .OrderBy(f => f.Regelnummer)
            .ThenBy(f => f.Id)
            .Select(f => new { f.Regelnummer, f.Kolom, f.Waarde, f.MeldingNl, f.MeldingEn })
            .AsAsyncEnumerable();
        var waarden = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var fout in fouten.WithCancellation(cancellationToken))
        {
            if (fout.Waarde is { Length: 9 } waarde)
            {
                waarden.Add(waarde);
            }

            await writer.WriteRecordAsync(
                [fout.Regelnummer.ToString(System.Globalization.CultureInfo.InvariantCulture), fout.Kolom ?? "", fout.Waarde ?? "", fout.MeldingNl, fout.MeldingEn],
                cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
        await GetoondeBsns.RegistreerAsync(processingLog, waarden, cancellationToken);
    }
}
