using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>Finds the stored signal that a new one repeats: the same DUO kenmerk, or the same content key.</summary>
internal static class DuoSignaalDubbel
{
    /// <summary>Returns the id of the signal in the current gemeente that <paramref name="invoer"/> repeats, or <see langword="null"/>.</summary>
    public static async Task<Guid?> ZoekAsync(InburgeringDbContext db, DuoSignaalInvoer invoer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(invoer);

        var sleutel = invoer.Inhoudssleutel;
        var kenmerk = invoer.Kenmerk;

        return await db.DuoSignalen
            .AsNoTracking()
            .Where(s => s.Inhoudssleutel == sleutel || (kenmerk != null && s.Kenmerk == kenmerk))
            .Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
