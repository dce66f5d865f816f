using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Screens;

/// <summary>
/// The query behind the dossier list: the gemeente's dossiers that are not anonymised, newest registration first,
/// optionally of one status. The order (registration moment, id), both descending, matches the index
/// <c>(gemeente, geregistreerd_op, id)</c>, and with a status filter the index <c>(gemeente, status, geregistreerd_op, id)</c>.
/// </summary>
internal static class DossierLijst
{
    /// <summary>The rows per page.</summary>
    public const int PageSize = 50;

    /// <summary>The list order; the cursor contains the registration moment and the dossier id, no personal data.</summary>
    public static KeysetOrder<Dossier> Order { get; } = new KeysetOrder<Dossier>()
        .By(d => d.GeregistreerdOp, descending: true)
        .By(d => d.Id, descending: true);

    /// <summary>
    /// Returns the dossiers the list shows, before ordering and paging. A status filter leaves out restricted dossiers,
    /// because their status is data whose processing is restricted.
    /// </summary>
    public static IQueryable<Dossier> Query(InburgeringDbContext db, DossierStatus? status)
    {
        ArgumentNullException.ThrowIfNull(db);

        var query = db.Dossiers.AsNoTracking().Where(d => d.GeanonimiseerdOp == null);
        if (status is { } gekozen)
        {
            query = query.Where(d => d.Status == gekozen && d.BeperktOp == null);
        }

        return query;
    }
}
