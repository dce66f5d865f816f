using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Api;

/// <summary>
/// Reads the aanmeldingen of the caller's aanbieders in the current gemeente, with the student's BSN and name, and
/// records one Read per student returned. Students whose dossier is anonymised or whose processing is restricted are
/// left out, so the API returns them neither in the list nor by id.
/// </summary>
internal sealed class AanmeldingenQuery(InburgeringDbContext db, IProcessingLog processingLog)
{
    /// <summary>
    /// Returns one page of aanmeldingen, ordered by start date and id, and whether more follow, after recording a Read
    /// for each student on the page.
    /// </summary>
    /// <param name="aanbiederIds">The caller's aanbieders.</param>
    /// <param name="aanmeldingId">One aanmelding to return, or <see langword="null"/> for all.</param>
    /// <param name="overslaan">The rows to skip.</param>
    /// <param name="aantal">The most rows to return.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<(IReadOnlyList<AanmeldingDto> Aanmeldingen, bool HeeftVolgende)> LeesAsync(
        IReadOnlyList<Guid> aanbiederIds,
        Guid? aanmeldingId,
        int overslaan,
        int aantal,
        CancellationToken cancellationToken)
    {
        var query =
            from aanmelding in db.Aanmeldingen.AsNoTracking()
            join dossier in db.Dossiers.AsNoTracking() on aanmelding.DossierId equals dossier.Id
            where aanbiederIds.Contains(aanmelding.AanbiederId)
                && dossier.GeanonimiseerdOp == null
                && dossier.BeperktOp == null
            select new { aanmelding, dossier };

        if (aanmeldingId is { } id)
        {
            query = query.Where(row => row.aanmelding.Id == id);
        }

        var rows = await query
            .OrderBy(row => row.aanmelding.Startdatum)
            .ThenBy(row => row.aanmelding.Id)
            .Skip(overslaan)
            .Take(aantal + 1)
            .Select(row => new
            {
                row.aanmelding,
                row.dossier,
                TrajectRef = db.Voortgangsmeldingen
                    .Where(v => v.AanmeldingId == row.aanmelding.Id && v.VervangenDoorId == null)
                    .OrderByDescending(v => v.PeriodeTot)
                    .ThenByDescending(v => v.OntvangenOp)
                    .Select(v => v.TrajectReferentie)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        // The query reads one row past the page to find out whether a next page exists. That row is neither returned nor logged.
        var heeftVolgende = rows.Count > aantal;
        rows = [.. rows.Take(aantal)];

        var records = rows
            .Select(row => new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Read, DossierSubject.Of(row.dossier)))
            .ToList();
        await processingLog.RecordAllAsync(records, cancellationToken);

        IReadOnlyList<AanmeldingDto> aanmeldingen = [.. rows.Select(row => new AanmeldingDto(
            row.aanmelding.Id,
            ApiCodes.Onderdeel(row.aanmelding.Onderdeel),
            row.aanmelding.Startdatum,
            row.aanmelding.Einddatum,
            row.dossier.Bsn,
            row.dossier.Naam,
            row.TrajectRef))];
        return (aanmeldingen, heeftVolgende);
    }
}
