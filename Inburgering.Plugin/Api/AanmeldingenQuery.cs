using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Paging;
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
    /// <summary>Earliest start first, then by id; the cursor contains the start date and the aanmelding id.</summary>
    internal static KeysetOrder<AanmeldingRij> Order { get; } = new KeysetOrder<AanmeldingRij>()
        .By(row => row.Aanmelding.Startdatum)
        .By(row => row.Aanmelding.Id);

    /// <summary>
    /// Returns one page of aanmeldingen in <see cref="Order"/> after <paramref name="cursor"/>, and the cursor of the next
    /// page, after recording a Read for each student on the page.
    /// </summary>
    /// <param name="aanbiederIds">The caller's aanbieders.</param>
    /// <param name="aanmeldingId">One aanmelding to return, or <see langword="null"/> for all.</param>
    /// <param name="cursor">The position after the previous page, or <see langword="null"/> for the first page.</param>
    /// <param name="aantal">The maximum number of rows to return.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<(IReadOnlyList<AanmeldingDto> Aanmeldingen, string? Volgende)> LeesAsync(
        IReadOnlyList<Guid> aanbiederIds,
        Guid? aanmeldingId,
        string? cursor,
        int aantal,
        CancellationToken cancellationToken)
    {
        var query = Query(db, aanbiederIds);
        if (aanmeldingId is { } id)
        {
            query = query.Where(row => row.Aanmelding.Id == id);
        }

        // The page query reads one row past the page to find out whether a next page exists. That row is neither returned nor logged.
        var page = await KeysetPaging.ReadAsync(query, Order, cursor, aantal, cancellationToken);
        var rows = page.Rows;

        var records = rows
            .Select(row => new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Read, DossierSubject.Of(row.Dossier)))
            .ToList();
        await processingLog.RecordAllAsync(records, cancellationToken);

        IReadOnlyList<AanmeldingDto> aanmeldingen = [.. rows.Select(row => new AanmeldingDto(
            row.Aanmelding.Id,
            ApiCodes.Onderdeel(row.Aanmelding.Onderdeel),
            row.Aanmelding.Startdatum,
            row.Aanmelding.Einddatum,
            row.Dossier.Bsn,
            row.Dossier.Naam,
            row.TrajectReferentie))];
        return (aanmeldingen, page.Next);
    }

    /// <summary>
    /// Returns the aanmeldingen of <paramref name="aanbiederIds"/> with their dossier, before ordering and paging,
    /// leaving out anonymised and restricted dossiers.
    /// </summary>
    internal static IQueryable<AanmeldingRij> Query(InburgeringDbContext db, IReadOnlyList<Guid> aanbiederIds) =>
        from aanmelding in db.Aanmeldingen.AsNoTracking()
        join dossier in db.Dossiers.AsNoTracking() on aanmelding.DossierId equals dossier.Id
        where aanbiederIds.Contains(aanmelding.AanbiederId)
            && dossier.GeanonimiseerdOp == null
            && dossier.BeperktOp == null
        select new AanmeldingRij
        {
            Aanmelding = aanmelding,
            Dossier = dossier,
            TrajectReferentie = db.Voortgangsmeldingen
                .Where(v => v.AanmeldingId == aanmelding.Id && v.VervangenDoorId == null)
                .OrderByDescending(v => v.PeriodeTot)
                .ThenByDescending(v => v.OntvangenOp)
                .Select(v => v.TrajectReferentie)
                .FirstOrDefault(),
        };
}
