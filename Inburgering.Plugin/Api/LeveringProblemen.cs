using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Api;

/// <summary>Turns the errors of a delivery into the API's error list and invalid parameters.</summary>
internal static class LeveringProblemen
{
    /// <summary>
    /// Creates the 422 problem of a delivery of which no row was imported, with one invalid parameter per error, named by
    /// the body path with the row index from 0: the error of row 4 in <c>periode_tot</c> is <c>regels[3].periodeTot</c>.
    /// </summary>
    public static ApiResponse RegelsOngeldig(IReadOnlyList<LeveringFoutmelding> fouten) => ApiResponse.Failure(
        422,
        new LocalizedText("Levering niet verwerkt", "Delivery not imported"),
        new LocalizedText(
            string.Create(CultureInfo.InvariantCulture, $"Er is niets verwerkt, want {fouten.Count} waarden zijn ongeldig. Verbeter de genoemde velden en stuur de levering opnieuw met dezelfde Idempotency-Key."),
            string.Create(CultureInfo.InvariantCulture, $"Nothing was imported because {fouten.Count} values are invalid. Correct the fields listed and send the delivery again with the same Idempotency-Key.")),
        OngeldigeRegels(fouten));

    /// <summary>Returns one invalid parameter per error.</summary>
    public static IReadOnlyList<ApiInvalidParameter> OngeldigeRegels(IReadOnlyList<LeveringFoutmelding> fouten) =>
        [.. fouten.Select(fout => new ApiInvalidParameter(Naam(fout), fout.Code, fout.Melding))];

    public static LeveringFoutDto FoutDto(LeveringFoutmelding fout) =>
        new(fout.Regelnummer, fout.Kolom is null ? null : ApiCodes.Veld(fout.Kolom), fout.Waarde, fout.Code, MeldingDto.Of(fout.Melding));

    private static string Naam(LeveringFoutmelding fout)
    {
        var veld = fout.Kolom is null ? null : ApiCodes.Veld(fout.Kolom);
        if (fout.Regelnummer <= 0)
        {
            return veld ?? "regels";
        }

        var regel = string.Create(CultureInfo.InvariantCulture, $"regels[{fout.Regelnummer - 1}]");
        return veld is null ? regel : $"{regel}.{veld}";
    }
}
