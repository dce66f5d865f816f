using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>The fields of a DUO signal as the inbox, the signal screen and the entry form show them.</summary>
internal static class DuoSignaalFields
{
    public static IReadOnlyList<ChoiceOption> SoortChoices { get; } =
    [
        new(nameof(DuoSignaalSoort.NieuwePlichtige), new LocalizedText("Nieuwe inburgeringsplichtige", "New person obliged to integrate")),
        new(nameof(DuoSignaalSoort.Correctie), new LocalizedText("Correctie", "Correction")),
        new(nameof(DuoSignaalSoort.Intrekking), new LocalizedText("Intrekking", "Withdrawal")),
    ];

    public static IReadOnlyList<ChoiceOption> StatusChoices { get; } =
    [
        new(nameof(DuoSignaalStatus.Nieuw), new LocalizedText("Nieuw", "New")),
        new(nameof(DuoSignaalStatus.Verwerkt), new LocalizedText("Verwerkt", "Processed")),
        new(nameof(DuoSignaalStatus.Afgewezen), new LocalizedText("Afgewezen", "Rejected")),
    ];

    public static FieldDefinition Soort { get; } =
        new("soort", new LocalizedText("Soort signaal", "Kind of signal"), FieldType.Choice) { Choices = SoortChoices, Privacy = PrivacyClass.Normal };

    public static FieldDefinition Status { get; } =
        new("status", new LocalizedText("Status", "Status"), FieldType.Choice) { Choices = StatusChoices, Privacy = PrivacyClass.Normal };

    public static FieldDefinition Kennisgevingsdatum { get; } =
        new("kennisgevingsdatum", new LocalizedText("Datum van het signaal (kennisgevingsdatum)", "Date of the signal (notification date)"), FieldType.Date)
        {
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText(
                "De datum die DUO aan het signaal gaf, ook als het signaal later binnenkwam. De termijn voor het PIP telt vanaf deze datum.",
                "The date DUO gave the signal, also when it arrived later. The PIP deadline counts from this date."),
        };

    public static FieldDefinition OntvangenOp { get; } =
        new("ontvangenOp", new LocalizedText("Ontvangen op", "Received on"), FieldType.Date)
        {
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText("Leeg laten voor vandaag.", "Leave empty for today."),
        };

    public static FieldDefinition Koppeldatum { get; } = DossierFields.Koppeldatum with
    {
        Hint = new LocalizedText(
            "Alleen voor een nieuwe inburgeringsplichtige, en alleen als de koppeling op een andere dag was dan de datum van het signaal.",
            "Only for a new person obliged to integrate, and only when the link was on another day than the date of the signal."),
    };

    public static FieldDefinition Kenmerk { get; } =
        new("kenmerk", new LocalizedText("Kenmerk van DUO", "DUO's reference"), FieldType.Text)
        {
            MaxLength = DuoSignaalSleutel.KenmerkMaxLength,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText(
                "Het kenmerk dat DUO aan het signaal gaf, als het signaal er een heeft. Een signaal met een bekend kenmerk wordt niet nog eens opgeslagen.",
                "The reference DUO gave the signal, when it has one. A signal with a known reference is not stored again."),
        };

    public static FieldDefinition Toelichting { get; } =
        new("toelichting", new LocalizedText("Toelichting", "Note"), FieldType.MultilineText) { MaxLength = DossierFields.ReasonMaxLength };

    public static FieldDefinition AfwijsReden { get; } =
        new("afwijsReden", new LocalizedText("Reden van afwijzen", "Reason for rejecting"), FieldType.Text) { MaxLength = DossierFields.ReasonMaxLength };

    public static FieldDefinition IngevoerdOp { get; } =
        new("ingevoerdOp", new LocalizedText("Ingevoerd op", "Entered on"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition IngevoerdDoor { get; } =
        new("ingevoerdDoor", new LocalizedText("Ingevoerd door (gebruikers-id)", "Entered by (user id)"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition VerwerktOp { get; } =
        new("verwerktOp", new LocalizedText("Verwerkt of afgewezen op", "Processed or rejected on"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition VerwerktDoor { get; } =
        new("verwerktDoor", new LocalizedText("Verwerkt of afgewezen door (gebruikers-id)", "Processed or rejected by (user id)"), FieldType.Text) { Privacy = PrivacyClass.Normal };
}
