using Host.Abstractions;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>The fields of aanbieders and aanmeldingen as the staff screens and forms show them.</summary>
internal static class AanbiederFields
{
    public static FieldDefinition Naam { get; } =
        new("naam", new LocalizedText("Naam", "Name"), FieldType.Text) { Privacy = PrivacyClass.Normal, MaxLength = 200 };

    public static FieldDefinition KvkNummer { get; } =
        new("kvkNummer", new LocalizedText("KvK-nummer", "Chamber of Commerce number"), FieldType.Text) { Privacy = PrivacyClass.Normal, MaxLength = 8 };

    public static FieldDefinition Vestigingsnummer { get; } =
        new("vestigingsnummer", new LocalizedText("Vestigingsnummer", "Branch number"), FieldType.Text) { Privacy = PrivacyClass.Normal, MaxLength = 12 };

    public static FieldDefinition Keurmerk { get; } =
        new("keurmerk", new LocalizedText("Keurmerk (Blik op Werk)", "Quality mark (Blik op Werk)"), FieldType.Boolean) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Actief { get; } =
        new("actief", new LocalizedText("Actief", "Active"), FieldType.Boolean) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition LopendeAanmeldingen { get; } =
        new("lopendeAanmeldingen", new LocalizedText("Lopende aanmeldingen", "Running referrals"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Aanbieder { get; } =
        new("aanbieder", new LocalizedText("Aanbieder", "Course provider"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Onderdeel { get; } =
        new("onderdeel", new LocalizedText("Onderdeel", "Part"), FieldType.Choice) { Privacy = PrivacyClass.Normal, Choices = OnderdeelCodes.Choices };

    public static FieldDefinition Startdatum { get; } = new("startdatum", new LocalizedText("Startdatum", "Start date"), FieldType.Date);

    public static FieldDefinition Einddatum { get; } = new("einddatum", new LocalizedText("Einddatum", "End date"), FieldType.Date);

    public static FieldDefinition Aanmeldingsnummer { get; } =
        new("aanmelding", new LocalizedText("Aanmeldingsnummer", "Referral number"), FieldType.Text) { Privacy = PrivacyClass.Normal };
}
