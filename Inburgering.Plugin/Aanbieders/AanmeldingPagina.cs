using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// One page of aanmeldingen, latest start first, with keyset paging: the position is the start date and id of the
/// last row shown, as <c>yyyy-MM-dd_id</c>.
/// </summary>
/// <param name="Aanmeldingen">The rows of the page.</param>
/// <param name="Volgende">The position after the last row, or <see langword="null"/> on the last page.</param>
internal sealed record AanmeldingPagina(IReadOnlyList<Aanmelding> Aanmeldingen, string? Volgende)
{
    /// <summary>The rows per page.</summary>
    public const int Grootte = 50;

    /// <summary>Reads the page of <paramref name="query"/> after <paramref name="after"/>, or the first page when it is no position.</summary>
    public static async Task<AanmeldingPagina> LeesAsync(IQueryable<Aanmelding> query, string? after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        if (TryParsePositie(after, out var start, out var id))
        {
            query = query.Where(m => m.Startdatum < start || (m.Startdatum == start && m.Id.CompareTo(id) < 0));
        }

        var aanmeldingen = await query
            .OrderByDescending(m => m.Startdatum)
            .ThenByDescending(m => m.Id)
            .Take(Grootte + 1)
            .ToListAsync(cancellationToken);

        if (aanmeldingen.Count <= Grootte)
        {
            return new AanmeldingPagina(aanmeldingen, null);
        }

        var pagina = aanmeldingen[..Grootte];
        var laatste = pagina[^1];
        return new AanmeldingPagina(pagina, string.Create(CultureInfo.InvariantCulture, $"{laatste.Startdatum:yyyy-MM-dd}_{laatste.Id:N}"));
    }

    private static bool TryParsePositie(string? after, out DateOnly start, out Guid id)
    {
        start = default;
        id = default;

        var parts = after?.Split('_');
        return parts is [var datum, var guid]
            && DateOnly.TryParseExact(datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
            && Guid.TryParseExact(guid, "N", out id);
    }
}
