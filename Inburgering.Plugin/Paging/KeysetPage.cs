namespace Inburgering.Plugin.Paging;

/// <summary>One page of a keyset-paged list.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Rows">The rows of the page, in list order.</param>
/// <param name="Next">The cursor after the last row, or <see langword="null"/> on the last page.</param>
internal sealed record KeysetPage<T>(IReadOnlyList<T> Rows, string? Next);
