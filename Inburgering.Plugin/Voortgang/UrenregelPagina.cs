using System.Globalization;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// One page of a dossier's hours, newest period first, with keyset paging: the position is the end date and id of the
/// last row shown, as <c>yyyy-MM-dd_id</c>.
/// </summary>
/// <param name="Regels">The rows of the page.</param>
/// <param name="Volgende">The position after the last row, or <see langword="null"/> on the last page.</param>
internal sealed record UrenregelPagina(IReadOnlyList<Urenregel> Regels, string? Volgende)
{
    /// <summary>The rows per page.</summary>
    public const int Grootte = 50;

    /// <summary>Reads the page after <paramref name="after"/>, or the first page when it is <see langword="null"/> or not a position.</summary>
    public static async Task<UrenregelPagina> LeesAsync(InburgeringDbContext db, Guid dossierId, string? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var query = db.Urenregels.AsNoTracking().Where(r => r.DossierId == dossierId);
        if (TryParsePositie(after, out var tot, out var id))
        {
            query = query.Where(r => r.PeriodeTot < tot || (r.PeriodeTot == tot && r.Id.CompareTo(id) < 0));
        }

        var regels = await query
            .OrderByDescending(r => r.PeriodeTot)
            .ThenByDescending(r => r.Id)
            .Take(Grootte + 1)
            .ToListAsync(cancellationToken);

        if (regels.Count <= Grootte)
        {
            return new UrenregelPagina(regels, null);
        }

        var pagina = regels[..Grootte];
        var laatste = pagina[^1];
        return new UrenregelPagina(pagina, string.Create(CultureInfo.InvariantCulture, $"{laatste.PeriodeTot:yyyy-MM-dd}_{laatste.Id:N}"));
    }

    private static bool TryParsePositie(string? after, out DateOnly tot, out Guid id)
    {
        tot = default;
        id = default;

        var parts = after?.Split('_');
        return parts is [var datum, var guid]
            && DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out tot)
            && Guid.TryParseExact(guid, "N", out id);
    }
}
