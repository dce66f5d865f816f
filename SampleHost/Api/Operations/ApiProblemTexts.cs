using Host.Abstractions;

namespace SampleHost.Api.Operations;

/// <summary>The host's titles and details of the errors it writes itself, in Dutch and English.</summary>
internal static class ApiProblemTexts
{
    public static LocalizedText Title(int status) => status switch
    {
        400 => new("Ongeldig verzoek", "Bad request"),
        401 => new("Niet ingelogd", "Not signed in"),
        403 => new("Geen toegang", "Forbidden"),
        404 => new("Niet gevonden", "Not found"),
        405 => new("Methode niet toegestaan", "Method not allowed"),
        409 => new("Conflict", "Conflict"),
        413 => new("Verzoek te groot", "Request too large"),
        415 => new("Mediatype niet ondersteund", "Unsupported media type"),
        422 => new("Ongeldige invoer", "Invalid input"),
        429 => new("Te veel verzoeken", "Too many requests"),
        _ => new("Interne fout", "Internal error"),
    };

    public static LocalizedText Detail(int status) => status switch
    {
        401 => new(
            "Stuur een geldige API-sleutel in de header X-Api-Key of als Authorization: Bearer, of log in.",
            "Send a valid API key in the X-Api-Key header or as Authorization: Bearer, or sign in."),
        403 => new(
            "Uw rol heeft niet het recht dat deze bewerking vraagt. Vraag de functioneel beheerder om een sleutel met een passende rol.",
            "Your role lacks the permission this operation needs. Ask the functioneel beheerder for a key with a suitable role."),
        404 => new(
            "Deze bron bestaat niet of is niet beschikbaar voor uw gemeente. Controleer het pad; een pad eindigt nooit op '/'.",
            "This resource does not exist or is not available for your gemeente. Check the path; a path never ends with '/'."),
        405 => new(
            "Deze methode is niet toegestaan op dit pad. De header Allow noemt de methoden die wel kunnen.",
            "This method is not allowed on this path. The Allow header lists the methods that are."),
        413 => new(
            "De body van het verzoek is groter dan de host toestaat. Stuur de gegevens in kleinere delen.",
            "The request body is larger than the host allows. Send the data in smaller parts."),
        415 => new(
            "De body van het verzoek moet JSON zijn. Stuur hem met Content-Type: application/json.",
            "The request body must be JSON. Send it with Content-Type: application/json."),
        429 => new(
            "U heeft te veel verzoeken gedaan. Wacht het aantal seconden uit de header Retry-After en probeer het opnieuw.",
            "You made too many requests. Wait the number of seconds in the Retry-After header and try again."),
        >= 500 => new(
            "Er ging iets mis bij het verwerken van het verzoek. Probeer het later opnieuw; blijft het misgaan, meld dan het tijdstip aan de beheerder.",
            "Something went wrong while processing the request. Try again later; if it keeps failing, report the time to the administrator."),
        _ => new("Het verzoek is niet geldig. Zie invalidParams.", "The request is not valid. See invalidParams."),
    };

    /// <summary>The reason of a missing <c>Idempotency-Key</c> header.</summary>
    public static LocalizedText IdempotencyKeyMissing { get; } = new(
        "Deze bewerking vraagt de header Idempotency-Key. Stuur per levering een eigen unieke waarde, bijvoorbeeld een UUID, en bij een nieuwe poging dezelfde.",
        "This operation needs the Idempotency-Key header. Send a unique value per delivery, such as a UUID, and the same value when you retry.");
}
