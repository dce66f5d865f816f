using System.Text.Json;
using Host.Abstractions;

namespace Inburgering.Plugin.Api;

/// <summary>
/// Reads the body of <c>POST leveringen</c> and checks its shape: valid JSON, only the fields the API describes, each
/// of the right JSON type, and 1 to <see cref="MaxRegels"/> rows. The values themselves are checked later, by the
/// validation that every channel shares.
/// </summary>
internal static class LeveringVerzoekLezer
{
    /// <summary>The maximum number of rows in one request. A larger delivery is sent as several.</summary>
    public const int MaxRegels = 10_000;

    /// <summary>Returns the request, or the one body field whose shape is wrong.</summary>
    public static async Task<(LeveringVerzoek? Verzoek, ApiInvalidParameter? Fout)> LeesAsync(Stream? body, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return (null, Fout("body", "verplicht", "Stuur een JSON-body met de regels van de levering.", "Send a JSON body with the delivery's rows."));
        }

        LeveringVerzoek? verzoek;
        try
        {
            verzoek = await JsonSerializer.DeserializeAsync(body, AanbiedersApiJson.Default.LeveringVerzoek, cancellationToken);
        }
        catch (JsonException exception)
        {
            // The exception's message names the plugin's types, so only its JSON path goes back to the caller.
            var veld = Veldpad(exception.Path);
            return (null, Fout(
                veld,
                "vorm",
                $"Het veld {veld} is geen geldige JSON of heeft niet de vorm die het OpenAPI-document beschrijft; verwijder onbekende velden en stuur teksten als string.",
                $"The field {veld} is not valid JSON or does not have the shape the OpenAPI document describes; remove unknown fields and send texts as strings."));
        }

        if (verzoek is null)
        {
            return (null, Fout("body", "verplicht", "Stuur een JSON-object, geen null.", "Send a JSON object, not null."));
        }

        return (verzoek, ControleerRegels(verzoek));
    }

    private static ApiInvalidParameter? ControleerRegels(LeveringVerzoek verzoek)
    {
        if (verzoek.Regels is null || verzoek.Regels.Count == 0)
        {
            return Fout("regels", "verplicht", "Geef in regels ten minste één regel.", "Give at least one row in regels.");
        }

        if (verzoek.Regels.Count > MaxRegels)
        {
            return Fout(
                "regels",
                "te-veel",
                $"Eén verzoek mag ten hoogste {MaxRegels} regels bevatten; dit verzoek heeft er {verzoek.Regels.Count}. Verdeel de regels over meer leveringen.",
                $"One request may contain at most {MaxRegels} rows; this one has {verzoek.Regels.Count}. Split the rows over more deliveries.");
        }

        for (var index = 0; index < verzoek.Regels.Count; index++)
        {
            if (verzoek.Regels[index] is null)
            {
                var veld = $"regels[{index}]";
                return Fout(veld, "verplicht", $"Regel {veld} is null; stuur een JSON-object.", $"Row {veld} is null; send a JSON object.");
            }
        }

        return null;
    }

    /// <summary>Turns the JSON path of System.Text.Json (<c>$.regels[2].bsn</c>) into the field name of the problem (<c>regels[2].bsn</c>).</summary>
    private static string Veldpad(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static ApiInvalidParameter Fout(string veld, string code, string nl, string en) => new(veld, code, new LocalizedText(nl, en));
}
