using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Levensloop;

/// <summary>The inputs of the lifecycle and correction actions, and the columns of the corrections list.</summary>
internal static class LevensloopFields
{
    public static IReadOnlyList<ChoiceOption> BestemmingChoices { get; } =
    [
        new(nameof(VertrekBestemming.Buitenland), new LocalizedText("Naar het buitenland", "Abroad")),
        new(nameof(VertrekBestemming.AndereGemeente), new LocalizedText("Naar een andere gemeente", "To another municipality")),
    ];

    public static IReadOnlyList<ChoiceOption> GegevenChoices { get; } =
    [
        new(nameof(CorrectieGegeven.WetRegime), new LocalizedText("Wettelijk regime", "Legal regime")),
        new(nameof(CorrectieGegeven.Doelgroep), new LocalizedText("Doelgroep", "Target group")),
    ];

    public static FieldDefinition TrajectGestartOp { get; } =
        new("trajectGestartOp", new LocalizedText("Traject gestart op", "Programme started on"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition VertrokkenOp { get; } =
        new("vertrokkenOp", new LocalizedText("Vertrokken op", "Left on"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Bestemming { get; } =
        new("bestemming", new LocalizedText("Vertrokken naar", "Moved to"), FieldType.Choice) { Choices = BestemmingChoices };

    public static FieldDefinition VertrekReden { get; } =
        new("vertrekReden", new LocalizedText("Toelichting op het vertrek", "Note on the departure"), FieldType.Text) { MaxLength = VertrekRedenMaxLength };

    /// <summary>The maximum length of the note on a departure, which the status history stores after the destination.</summary>
    public const int VertrekRedenMaxLength = DossierFields.ReasonMaxLength - 20;

    public static FieldDefinition CorrectieReden { get; } =
        new("correctieReden", new LocalizedText("Reden van de correctie", "Reason for the correction"), FieldType.Text) { MaxLength = DossierFields.ReasonMaxLength };

    public static FieldDefinition Gegeven { get; } =
        new("gegeven", new LocalizedText("Gegeven", "Item"), FieldType.Choice) { Choices = GegevenChoices, Privacy = PrivacyClass.Normal };

    public static FieldDefinition OudeWaarde { get; } =
        new("oudeWaarde", new LocalizedText("Oude waarde", "Old value"), FieldType.Text);

    public static FieldDefinition NieuweWaarde { get; } =
        new("nieuweWaarde", new LocalizedText("Nieuwe waarde", "New value"), FieldType.Text);

    public static FieldDefinition GecorrigeerdOp { get; } =
        new("gecorrigeerdOp", new LocalizedText("Gecorrigeerd op", "Corrected on"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition GecorrigeerdDoor { get; } =
        new("gecorrigeerdDoor", new LocalizedText("Door (gebruikers-id)", "By (user id)"), FieldType.Text) { Privacy = PrivacyClass.Normal };
}
