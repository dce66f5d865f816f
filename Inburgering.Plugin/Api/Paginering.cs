using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Api;

/// <summary>
/// The page a list operation returns, from the query parameters <c>pagina</c> (from 1) and <c>paginaGrootte</c>
/// (1 to <see cref="MaxGrootte"/>, default <see cref="StandaardGrootte"/>).
/// </summary>
internal sealed record Paginering(int Pagina, int Grootte)
{
    public const int StandaardGrootte = 20;

    public const int MaxGrootte = 100;

    /// <summary>The query parameters of every list operation.</summary>
    public static IReadOnlyList<ApiQueryParameter> QueryParameters { get; } =
    [
        new(
            "pagina",
            new LocalizedText("Het nummer van de pagina, vanaf 1; standaard 1.", "The page number, from 1; default 1."),
            """{"type":"integer","minimum":1,"default":1}"""),
        new(
            "paginaGrootte",
            new LocalizedText(
                $"Het aantal resultaten per pagina, van 1 tot en met {MaxGrootte}; standaard {StandaardGrootte}.",
                $"The number of results per page, from 1 to {MaxGrootte}; default {StandaardGrootte}."),
            $$"""{"type":"integer","minimum":1,"maximum":{{MaxGrootte}},"default":{{StandaardGrootte}}}"""),
    ];

    /// <summary>The rows to skip before this page.</summary>
    public int Overslaan => (Pagina - 1) * Grootte;

    /// <summary>Reads the page from the query, or returns the invalid parameters.</summary>
    public static (Paginering? Paginering, IReadOnlyList<ApiInvalidParameter> Fouten) Lees(ApiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        var fouten = new List<ApiInvalidParameter>();
        var pagina = LeesGetal(request, "pagina", 1, int.MaxValue / MaxGrootte, 1, fouten);
        var grootte = LeesGetal(request, "paginaGrootte", 1, MaxGrootte, StandaardGrootte, fouten);

        return fouten.Count == 0 ? (new Paginering(pagina, grootte), fouten) : (null, fouten);
    }

    /// <summary>Returns the links of this page of <paramref name="pad"/>, with a next page when <paramref name="heeftVolgende"/>.</summary>
    public PaginaLinksDto Links(string pad, bool heeftVolgende) => new(
        new LinkDto(Href(pad, Pagina)),
        heeftVolgende ? new LinkDto(Href(pad, Pagina + 1)) : null);

    private string Href(string pad, int pagina) =>
        string.Create(CultureInfo.InvariantCulture, $"{pad}?pagina={pagina}&paginaGrootte={Grootte}");

    private static int LeesGetal(ApiRequest request, string naam, int minimum, int maximum, int standaard, List<ApiInvalidParameter> fouten)
    {
        var tekst = request.QueryValue(naam);
        if (tekst is null)
        {
            return standaard;
        }

        if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var getal) && getal >= minimum && getal <= maximum)
        {
            return getal;
        }

        fouten.Add(new ApiInvalidParameter(naam, "ongeldig", new LocalizedText(
            $"Geef {naam} als geheel getal van {minimum} tot en met {maximum}, bijvoorbeeld {standaard}.",
            $"Give {naam} as a whole number from {minimum} to {maximum}, for example {standaard}.")));
        return standaard;
    }
}
