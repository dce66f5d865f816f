using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// A signed package file that <see cref="OverdrachtExporterenAction"/> stored, until it expires an hour after the
/// export. The record id is the file's id; the file name carries the package id only. Each download is a read of the
/// person's data in the processing log.
/// </summary>
internal sealed class OverdrachtBestandDownload(InburgeringDbContext db, IProcessingLog processingLog, TimeProvider clock) : IDownload
{
    public const string DownloadId = "inburgering.overdracht-bestand";

    /// <summary>The media type of a JWS in the JSON serialization (RFC 7515 §9.2).</summary>
    public const string ContentType = "application/jose+json";

    public DownloadDefinition Definition { get; } = new(DownloadId, InburgeringPermissions.OverdrachtVerzenden);

    public async Task<DownloadFile?> CreateAsync(string? recordId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(recordId, out var bestandId))
        {
            return null;
        }

        var nu = clock.GetUtcNow();
        var bestand = await db.OverdrachtBestanden.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bestandId && b.VerlooptOp > nu, cancellationToken);
        if (bestand is null)
        {
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == bestand.DossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Overdracht, ProcessingOperation.Read, DossierSubject.Of(dossier)), cancellationToken);
        return new DownloadFile(
            $"overdracht-{bestand.PakketId}.json",
            ContentType,
            (uitvoer, token) => uitvoer.WriteAsync(bestand.Inhoud, token).AsTask());
    }
}
