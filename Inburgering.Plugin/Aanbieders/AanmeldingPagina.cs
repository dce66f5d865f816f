using Inburgering.Plugin.Paging;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// One page of aanmeldingen, latest start first, with keyset paging. The cursor contains the start date and id of the
/// last row shown.
/// </summary>
/// <param name="Aanmeldingen">The rows of the page.</param>
/// <param name="Volgende">The cursor after the last row, or <see langword="null"/> on the last page.</param>
internal sealed record AanmeldingPagina(IReadOnlyList<Aanmelding> Aanmeldingen, string? Volgende)
{
    /// <summary>The rows per page.</summary>
    public const int Grootte = 50;

    /// <summary>
    /// Latest start first, then by id. The index (gemeente, aanbieder_id, startdatum, id) serves an aanbieder's list, and
    /// the aanmeldingen of one dossier are few enough to sort.
    /// </summary>
    public static KeysetOrder<Aanmelding> Order { get; } = new KeysetOrder<Aanmelding>()
        .By(m => m.Startdatum, descending: true)
        .By(m => m.Id, descending: true);

    /// <summary>Reads the page of <paramref name="query"/> after <paramref name="after"/>, or the first page when it is no cursor.</summary>
    public static async Task<AanmeldingPagina> LeesAsync(IQueryable<Aanmelding> query, string? after, CancellationToken cancellationToken)
    {
        var page = await KeysetPaging.ReadAsync(query, Order, after, Grootte, cancellationToken);
        return new AanmeldingPagina(page.Rows, page.Next);
    }
}
