using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>The reads of voortgangsgesprekken that the actions, the screen and the deadline scan share.</summary>
internal static class VoortgangsgesprekQueries
{
    /// <summary>Returns the tracked planned conversation of the dossier that is not held yet, or <see langword="null"/>.</summary>
    public static Task<Voortgangsgesprek?> GeplandAsync(InburgeringDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        return db.Voortgangsgesprekken
            .Where(g => g.DossierId == dossierId && g.GeplandOp != null && g.GehoudenOp == null)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Returns the conversations of the dossier, newest first: by the moment held, or else planned.</summary>
    public static async Task<IReadOnlyList<Voortgangsgesprek>> NieuwsteEerstAsync(InburgeringDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var gesprekken = await db.Voortgangsgesprekken.AsNoTracking()
            .Where(g => g.DossierId == dossierId)
            .ToListAsync(cancellationToken);

        return [.. gesprekken.OrderByDescending(g => g.Moment).ThenByDescending(g => g.Id)];
    }
}
