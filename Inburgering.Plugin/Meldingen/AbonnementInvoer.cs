using Host.Abstractions;

namespace Inburgering.Plugin.Meldingen;

/// <summary>The checked values of the subscription form: name, webhook URL and types.</summary>
internal sealed record AbonnementInvoer(string Naam, Uri Url, string? Typen)
{
    /// <summary>Returns the checked values, or <see langword="null"/> after adding an error per wrong field to <paramref name="errors"/>.</summary>
    public static AbonnementInvoer? Parse(ActionRequest request, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);

        var naam = request.Value(AbonnementFields.Naam.Key);
        if (naam is null)
        {
            errors.Add(new FieldError(AbonnementFields.Naam.Key, new LocalizedText(
                "Vul de naam van het ontvangende systeem in, bijvoorbeeld Zaaksysteem.",
                "Enter the name of the receiving system, for example Zaaksysteem.")));
        }
        else if (naam.Length > Abonnement.NaamMaxLength)
        {
            errors.Add(new FieldError(AbonnementFields.Naam.Key, new LocalizedText(
                $"De naam is {naam.Length} tekens lang; het maximum is {Abonnement.NaamMaxLength}. Kort de naam in.",
                $"The name is {naam.Length} characters long; the maximum is {Abonnement.NaamMaxLength}. Shorten the name.")));
        }

        var url = WebhookUrl.Parse(request.Value(AbonnementFields.Url.Key), out var urlFout);
        if (urlFout is not null)
        {
            errors.Add(new FieldError(AbonnementFields.Url.Key, urlFout));
        }

        var typen = ParseTypen(request.Value(AbonnementFields.Typen.Key), errors);

        return errors.Count == 0 && naam is not null && url is not null ? new AbonnementInvoer(naam, url, typen) : null;
    }

    /// <summary>Returns the chosen types in the order of the choices, or <see langword="null"/> for all types.</summary>
    private static string? ParseTypen(string? tekst, List<FieldError> errors)
    {
        if (tekst is null)
        {
            return null;
        }

        var gekozen = tekst.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var onbekend = gekozen.Where(code => AbonnementFields.Typen.ChoiceLabel(code) is null).Order(StringComparer.Ordinal).ToList();
        if (onbekend.Count > 0)
        {
            errors.Add(new FieldError(AbonnementFields.Typen.Key, new LocalizedText(
                $"Onbekende soort melding: {string.Join(", ", onbekend)}. Kies soorten uit de lijst, of kies niets voor alle soorten.",
                $"Unknown kind of notification: {string.Join(", ", onbekend)}. Choose kinds from the list, or choose none for all kinds.")));
            return null;
        }

        var codes = AbonnementFields.TypeChoices.Select(c => c.Code).Where(gekozen.Contains).ToList();
        return codes.Count == 0 ? null : string.Join(',', codes);
    }
}
