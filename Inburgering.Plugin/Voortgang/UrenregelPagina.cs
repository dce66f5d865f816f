using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// One page of a dossier's hours, newest period first, with keyset paging. The cursor contains the end date and id of
/// the last row shown.
/// </summary>
/// <param name="Regels">The rows of the page.</param>
/// <param name="Volgende">The cursor after the last row, or <see langword="null"/> on the last page.</param>
internal sealed record UrenregelPagina(IReadOnlyList<Urenregel> Regels, string? Volgende)
{
    /// <summary>The rows per page.</summary>
    public const int Grootte = 50;

    /// <summary>Newest period first, then by id; the index (gemeente, dossier_id, periode_tot, id) serves it.</summary>
    public static KeysetOrder<Urenregel> Order { get; } = new KeysetOrder<Urenregel>()
        .By(r => r.PeriodeTot, descending: true)
        .By(r => r.Id, descending: true);

    /// <summary>Returns the hours of one dossier, before ordering and paging.</summary>
    public static IQueryable<Urenregel> Query(InburgeringDbContext db, Guid dossierId)
    {
        ArgumentNullException.ThrowIfNull(db);

        return db.Urenregels.AsNoTracking().Where(r => r.DossierId == dossierId);
    }

    /// <summary>Reads the page after <paramref name="after"/>, or the first page when it is <see langword="null"/> or not a cursor.</summary>
    public static async Task<UrenregelPagina> LeesAsync(InburgeringDbContext db, Guid dossierId, string? after, CancellationToken cancellationToken)
    {
        var page = await KeysetPaging.ReadAsync(Query(db, dossierId), Order, after, Grootte, cancellationToken);
        return new UrenregelPagina(page.Rows, page.Next);
    }
}
