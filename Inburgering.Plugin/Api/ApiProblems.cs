using Host.Abstractions;

namespace Inburgering.Plugin.Api;

/// <summary>The problem responses that several operations of the aanbieders API share.</summary>
internal static class ApiProblems
{
    /// <summary>The caller has the permission but its organisation is no active aanbieder of this gemeente.</summary>
    public static ApiResponse GeenAanbieder() => ApiResponse.Failure(
        403,
        new LocalizedText("Geen aanbieder", "No course provider"),
        new LocalizedText(
            "Uw inlog hoort bij geen actieve aanbieder van deze gemeente. Vraag de gemeente uw KvK-nummer en vestigingsnummer als aanbieder te registreren.",
            "Your login belongs to no active course provider of this gemeente. Ask the gemeente to register your KvK number and vestigingsnummer as a provider."));

    /// <summary>A query parameter is invalid.</summary>
    public static ApiResponse OngeldigeParameters(IReadOnlyList<ApiInvalidParameter> fouten) => ApiResponse.Failure(
        400,
        new LocalizedText("Ongeldige parameters", "Invalid parameters"),
        new LocalizedText("Een of meer queryparameters zijn ongeldig. De lijst van ongeldige parameters noemt bij elke de reden.", "One or more query parameters are invalid. The list of invalid parameters gives the reason for each."),
        fouten);

    /// <summary>The request body does not have the shape the API describes.</summary>
    public static ApiResponse OngeldigeBody(ApiInvalidParameter fout) => ApiResponse.Failure(
        400,
        new LocalizedText("Ongeldige body", "Invalid body"),
        fout.Reason,
        [fout]);
}
