using Host.Abstractions;

namespace Inburgering.Plugin.Meldingen;

/// <summary>The fields of a webhook subscription as its screens and forms show them; none contains personal data.</summary>
internal static class AbonnementFields
{
    public static IReadOnlyList<ChoiceOption> TypeChoices { get; } =
    [
        new(MeldingTypen.DossierGeregistreerd, new LocalizedText("Dossier geregistreerd", "Dossier registered")),
        new(MeldingTypen.DossierStatusGewijzigd, new LocalizedText("Status van een dossier gewijzigd", "Status of a dossier changed")),
        new(MeldingTypen.PipVastgesteld, new LocalizedText("PIP vastgesteld", "PIP adopted")),
        new(MeldingTypen.VerhuizingGesignaleerd, new LocalizedText("Verhuizing gesignaleerd", "Move detected")),
        new(MeldingTypen.OverdrachtVerzonden, new LocalizedText("Warme overdracht verzonden", "Warm handover sent")),
        new(MeldingTypen.OverdrachtGeaccepteerd, new LocalizedText("Warme overdracht geaccepteerd", "Warm handover accepted")),
        new(MeldingTypen.LeveringVerwerkt, new LocalizedText("Levering van een aanbieder verwerkt", "Delivery of a provider processed")),
    ];

    public static FieldDefinition Naam { get; } =
        new("naam", new LocalizedText("Naam van het ontvangende systeem", "Name of the receiving system"), FieldType.Text)
        {
            MaxLength = Abonnement.NaamMaxLength,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText("Bijvoorbeeld: Zaaksysteem of Regie-applicatie werk en inkomen.", "For example: case system or work and income application."),
        };

    public static FieldDefinition Url { get; } =
        new("url", new LocalizedText("Webhook-URL", "Webhook URL"), FieldType.Text)
        {
            MaxLength = Abonnement.UrlMaxLength,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText(
                "Begint met https://. Alleen voor 127.0.0.1 of localhost mag http://. Geen gebruikersnaam of wachtwoord in de URL.",
                "Starts with https://. Only 127.0.0.1 or localhost may use http://. No user name or password in the URL."),
        };

    public static FieldDefinition Typen { get; } =
        new("typen", new LocalizedText("Soorten meldingen", "Kinds of notifications"), FieldType.MultiChoice)
        {
            Choices = TypeChoices,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText("Kies niets om alle soorten te ontvangen, ook soorten die later bijkomen.", "Choose none to receive every kind, also kinds added later."),
        };

    public static FieldDefinition Actief { get; } =
        new("actief", new LocalizedText("Actief", "Active"), FieldType.Boolean)
        {
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText(
                "Een inactief abonnement krijgt geen nieuwe meldingen; wachtende meldingen worden verstuurd zodra het weer actief is.",
                "An inactive subscription gets no new notifications; waiting notifications are sent once it is active again."),
        };

    public static FieldDefinition AangemaaktOp { get; } =
        new("aangemaaktOp", new LocalizedText("Aangemaakt op", "Created at"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition AangemaaktDoor { get; } =
        new("aangemaaktDoor", new LocalizedText("Aangemaakt door", "Created by"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Afgeleverd { get; } =
        new("afgeleverd", new LocalizedText("Afgeleverd", "Delivered"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Wachtend { get; } =
        new("wachtend", new LocalizedText("Wachtend", "Pending"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Mislukt { get; } =
        new("mislukt", new LocalizedText("Mislukt (wordt elk uur opnieuw geprobeerd)", "Failed (retried every hour)"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition LaatsteFout { get; } =
        new("laatsteFout", new LocalizedText("Laatste fout", "Last error"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition LaatsteFoutOp { get; } =
        new("laatsteFoutOp", new LocalizedText("Laatste fout op", "Last error at"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    /// <summary>Returns the subscription's types as choice codes for a screen; every current type when it receives all.</summary>
    public static IReadOnlyList<string> TypenLijst(Abonnement abonnement) =>
        abonnement.Typen is null ? [.. TypeChoices.Select(c => c.Code)] : abonnement.Typen.Split(',');
}
