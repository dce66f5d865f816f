using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>The fields of a detected move as screens and actions show them.</summary>
internal static class VerhuizingFields
{
    public static IReadOnlyList<ChoiceOption> BronChoices { get; } =
    [
        new(nameof(VerhuizingBron.Brp), new LocalizedText("BRP", "BRP")),
        new(nameof(VerhuizingBron.Host), new LocalizedText("Adreswijziging in het klantsysteem", "Address change in the client system")),
    ];

    public static FieldDefinition NieuweGemeente { get; } =
        new("nieuweGemeente", new LocalizedText("Nieuwe gemeente (gemeentecode)", "New municipality (municipality code)"), FieldType.Text);

    public static FieldDefinition Datum { get; } =
        new("verhuisdatum", new LocalizedText("Datum verhuizing", "Date of the move"), FieldType.Date)
        {
            Hint = new LocalizedText(
                "De datum van inschrijving in de nieuwe gemeente volgens de BRP, of de dag waarop de verhuizing is gesignaleerd als de BRP die niet geeft.",
                "The date of registration in the new municipality according to the BRP, or the day the move was detected when the BRP does not give it."),
        };

    public static FieldDefinition Bron { get; } =
        new("bron", new LocalizedText("Gesignaleerd via", "Detected through"), FieldType.Choice) { Choices = BronChoices, Privacy = PrivacyClass.Normal };

    public static FieldDefinition GesignaleerdOp { get; } =
        new("gesignaleerdOp", new LocalizedText("Gesignaleerd op", "Detected on"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Reden { get; } =
        new("reden", new LocalizedText("Waarom is dit geen verhuizing?", "Why is this not a move?"), FieldType.MultilineText)
        {
            Required = true,
            MaxLength = DossierFields.ReasonMaxLength,
            Hint = new LocalizedText(
                "Bijvoorbeeld: de BRP-inschrijving is gecorrigeerd. Noem geen gezondheidsgegevens.",
                "For example: the BRP registration was corrected. Do not mention health details."),
        };
}
