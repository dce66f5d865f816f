using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Paging;

namespace Inburgering.Plugin.Api;

/// <summary>
/// The page a list operation returns, with cursor (keyset) paging: the query parameter <c>cursor</c> is the opaque
/// position from the previous page's <c>_links.next.href</c>, and <c>paginaGrootte</c> is 1 to
/// <see cref="MaxGrootte"/>, default <see cref="StandaardGrootte"/>. Unlike page numbers, a cursor returns no row twice
/// and skips none when rows are added while a client pages.
/// </summary>
internal sealed record Paginering(string? Cursor, int Grootte)
{
    public const int StandaardGrootte = 20;

    public const int MaxGrootte = 100;

    /// <summary>The page number parameter that the cursor replaced; a request that still sends it gets a 400 that explains the change.</summary>
    private const string OudePaginaParameter = "pagina";

    /// <summary>The query parameters of every list operation.</summary>
    public static IReadOnlyList<ApiQueryParameter> QueryParameters { get; } =
    [
        new(
            "cursor",
            new LocalizedText(
                "De positie na de vorige pagina, zoals in _links.next.href; weglaten voor de eerste pagina. De waarde is ondoorzichtig: neem haar over zoals ze is.",
                "The position after the previous page, as in _links.next.href; leave out for the first page. The value is opaque: pass it on as it is."),
            """{"type":"string","maxLength":512}"""),
        new(
            "paginaGrootte",
            new LocalizedText(
                $"Het aantal resultaten per pagina, van 1 tot en met {MaxGrootte}; standaard {StandaardGrootte}.",
                $"The number of results per page, from 1 to {MaxGrootte}; default {StandaardGrootte}."),
            $$"""{"type":"integer","minimum":1,"maximum":{{MaxGrootte}},"default":{{StandaardGrootte}}}"""),
    ];

    /// <summary>
    /// Reads the page from the query, or returns the invalid parameters. A cursor that does not decode into a position
    /// of <paramref name="order"/> is invalid.
    /// </summary>
    public static (Paginering? Paginering, IReadOnlyList<ApiInvalidParameter> Fouten) Lees<T>(ApiRequest request, KeysetOrder<T> order)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(order);

        var fouten = new List<ApiInvalidParameter>();
        if (request.QueryValue(OudePaginaParameter) is not null)
        {
            fouten.Add(new ApiInvalidParameter(OudePaginaParameter, "niet-ondersteund", new LocalizedText(
                "Pagineren met een paginanummer kan niet meer. Laat pagina weg en volg _links.next.href, met de parameter cursor.",
                "Paging by page number is no longer supported. Leave out pagina and follow _links.next.href, which has the cursor parameter.")));
        }

        var cursor = request.QueryValue("cursor");
        if (cursor is not null && KeysetCursor.Decode(cursor, order.KeyTypes) is null)
        {
            fouten.Add(new ApiInvalidParameter("cursor", "ongeldig", new LocalizedText(
                "De cursor is ongeldig. Neem de cursor over uit _links.next.href van de vorige pagina, of laat hem weg voor de eerste pagina.",
                "The cursor is invalid. Copy the cursor from _links.next.href of the previous page, or leave it out for the first page.")));
        }

        var grootte = LeesGrootte(request, fouten);

        return fouten.Count == 0 ? (new Paginering(cursor, grootte), fouten) : (null, fouten);
    }

    /// <summary>Returns the links of this page of <paramref name="pad"/>, with a next page when <paramref name="volgende"/> is a cursor.</summary>
    public PaginaLinksDto Links(string pad, string? volgende) => new(
        new LinkDto(Href(pad, Cursor)),
        volgende is null ? null : new LinkDto(Href(pad, volgende)));

    private string Href(string pad, string? cursor) => cursor is null
        ? string.Create(CultureInfo.InvariantCulture, $"{pad}?paginaGrootte={Grootte}")
        : string.Create(CultureInfo.InvariantCulture, $"{pad}?cursor={Uri.EscapeDataString(cursor)}&paginaGrootte={Grootte}");

    private static int LeesGrootte(ApiRequest request, List<ApiInvalidParameter> fouten)
    {
        var tekst = request.QueryValue("paginaGrootte");
        if (tekst is null)
        {
            return StandaardGrootte;
        }

        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var getal) && getal >= 1 && getal <= MaxGrootte)
        {
            return getal;
        }

        fouten.Add(new ApiInvalidParameter("paginaGrootte", "ongeldig", new LocalizedText(
            $"Geef paginaGrootte als geheel getal van 1 tot en met {MaxGrootte}, bijvoorbeeld {StandaardGrootte}.",
            $"Give paginaGrootte as a whole number from 1 to {MaxGrootte}, for example {StandaardGrootte}.")));
        return StandaardGrootte;
    }
}
