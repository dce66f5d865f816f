using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>The fields of exporting and importing a signed package file.</summary>
internal static class OverdrachtBestandFields
{
    public static readonly FieldDefinition OntvangendeGemeente = new("ontvangendeGemeente", new LocalizedText("Ontvangende gemeente (gemeentecode)", "Receiving municipality (gemeentecode)"), FieldType.Text)
    {
        Required = true,
        MaxLength = 4,
        Hint = new LocalizedText(
            "De gemeentecode van vier cijfers van de gemeente waar de inburgeraar naartoe verhuist, bijvoorbeeld 0518 voor 's-Gravenhage.",
            "The four-digit gemeentecode of the municipality the client moves to, for example 0518 for The Hague."),
    };

    public static readonly FieldDefinition GezondheidReden = new("gezondheidReden", new LocalizedText("Reden om gezondheidsgegevens mee te sturen", "Reason to include health details"), FieldType.MultilineText)
    {
        MaxLength = 1000,
        Privacy = PrivacyClass.SpecialCategory,
        ViewPermission = InburgeringPermissions.Gezondheid,
        EditPermission = InburgeringPermissions.Gezondheid,
        Hint = new LocalizedText(
            "Laat leeg om geen gezondheidsgegevens mee te sturen. Vul alleen in waarom de nieuwe gemeente ze nodig heeft; de reden gaat mee in het pakket.",
            "Leave empty to send no health details. Fill in only why the new municipality needs them; the reason goes along in the package."),
    };

    public static readonly FieldDefinition Bestand = new("bestand", new LocalizedText("Overdrachtsbestand", "Handover file"), FieldType.File)
    {
        Required = true,
        AcceptedFileTypes = [".json"],
        Hint = new LocalizedText(
            "Het ondertekende JSON-bestand dat de vorige gemeente maakte, ongewijzigd (hoogstens 5 MB).",
            "The signed JSON file the previous municipality made, unchanged (at most 5 MB)."),
    };

    public static readonly FieldDefinition AangemaaktOp = new("aangemaaktOp", new LocalizedText("Gemaakt op", "Made on"), FieldType.DateTime);

    public static readonly FieldDefinition VerlooptOp = new("verlooptOp", new LocalizedText("Te downloaden tot", "Downloadable until"), FieldType.DateTime);
}
