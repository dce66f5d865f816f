using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Paging;

/// <summary>Reads one page of a query in a <see cref="KeysetOrder{T}"/>, after a cursor.</summary>
internal static class KeysetPaging
{
    /// <summary>
    /// Reads the rows of <paramref name="query"/> after <paramref name="cursor"/>, at most <paramref name="size"/>, or the
    /// first page when the cursor is missing or invalid.
    /// </summary>
    public static async Task<KeysetPage<T>> ReadAsync<T>(
        IQueryable<T> query,
        KeysetOrder<T> order,
        string? cursor,
        int size,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);

        var rows = await PageQuery(query, order, cursor, size).ToListAsync(cancellationToken);
        if (rows.Count <= size)
        {
            return new KeysetPage<T>(rows, null);
        }

        var page = rows[..size];
        return new KeysetPage<T>(page, KeysetCursor.Encode(order.ValuesOf(page[^1])));
    }

    /// <summary>
    /// Returns the query that <see cref="ReadAsync{T}"/> runs, with one row more than <paramref name="size"/> to show
    /// whether a next page exists. Query-plan tests explain it.
    /// </summary>
    public static IQueryable<T> PageQuery<T>(IQueryable<T> query, KeysetOrder<T> order, string? cursor, int size)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);

        if (KeysetCursor.Decode(cursor, order.KeyTypes) is { } position)
        {
            query = order.After(query, position);
        }

        return order.Apply(query).Take(size + 1);
    }
}
