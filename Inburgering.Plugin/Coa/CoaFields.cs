using Host.Abstractions;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// The fields of the COA informatieformulier on the screen and in the action, with the column lengths. Contact data of
/// the person and of the COA regievoerder are personal data; the AZC's name is not, on its own.
/// </summary>
internal static class CoaFields
{
    public const int NaamMaxLength = 200;

    public const int TelefoonMaxLength = 30;

    /// <summary>The maximum length of an e-mail address (RFC 5321 allows a path of 256 characters with brackets).</summary>
    public const int EmailMaxLength = 254;

    public const int AdresMaxLength = 300;

    public const int StaatMaxLength = 100;

    public const int BijzonderhedenMaxLength = 2000;

    public static IReadOnlyList<ChoiceOption> JaNeeOnbekendChoices { get; } =
    [
        new(nameof(JaNeeOnbekend.Ja), new LocalizedText("Ja", "Yes")),
        new(nameof(JaNeeOnbekend.Nee), new LocalizedText("Nee", "No")),
        new(nameof(JaNeeOnbekend.Onbekend), new LocalizedText("Onbekend", "Unknown")),
    ];

    public static IReadOnlyList<ChoiceOption> JaNeeChoices { get; } =
    [
        new(nameof(JaNeeOnbekend.Ja), new LocalizedText("Ja", "Yes")),
        new(nameof(JaNeeOnbekend.Nee), new LocalizedText("Nee", "No")),
    ];

    public static IReadOnlyList<ChoiceOption> StartScenarioChoices { get; } =
    [
        new(nameof(Coa.StartScenario.StartVoorHuisvesting), new LocalizedText("Start inburgering vóór de huisvesting", "Integration starts before housing")),
        new(nameof(Coa.StartScenario.IntakeEnPipInAzc), new LocalizedText("Brede intake en PIP tijdens het verblijf in het AZC", "Broad intake and PIP during the stay in the AZC")),
        new(nameof(Coa.StartScenario.StartNaHuisvesting), new LocalizedText("Start inburgering na de huisvesting", "Integration starts after housing")),
    ];

    public static IReadOnlyList<ChoiceOption> BronChoices { get; } =
    [
        new(nameof(CoaBron.Handmatig), new LocalizedText("Handmatig ingevoerd", "Entered by hand")),
        new(nameof(CoaBron.Import), new LocalizedText("Geïmporteerd uit een bestand", "Imported from a file")),
    ];

    public static FieldDefinition Formulierdatum { get; } =
        new("coaFormulierdatum", new LocalizedText("Datum informatieformulier", "Date of the information form"), FieldType.Date);

    public static FieldDefinition RegievoerderNaam { get; } =
        new("coaRegievoerderNaam", new LocalizedText("Regievoerder COA: naam", "COA case manager: name"), FieldType.Text) { MaxLength = NaamMaxLength };

    public static FieldDefinition RegievoerderTelefoon { get; } =
        new("coaRegievoerderTelefoon", new LocalizedText("Regievoerder COA: telefoon", "COA case manager: phone"), FieldType.Text) { MaxLength = TelefoonMaxLength };

    public static FieldDefinition RegievoerderEmail { get; } =
        new("coaRegievoerderEmail", new LocalizedText("Regievoerder COA: e-mail", "COA case manager: e-mail"), FieldType.Text) { MaxLength = EmailMaxLength };

    public static FieldDefinition AzcNaam { get; } =
        new("coaAzcNaam", new LocalizedText("AZC (naam of locatie)", "AZC (name or location)"), FieldType.Text) { MaxLength = NaamMaxLength, Privacy = PrivacyClass.Normal };

    public static FieldDefinition AzcAdres { get; } =
        new("coaAzcAdres", new LocalizedText("Adres AZC", "Address of the AZC"), FieldType.Text) { MaxLength = AdresMaxLength };

    public static FieldDefinition AzcTelefoon { get; } =
        new("coaAzcTelefoon", new LocalizedText("Telefoon inburgeraar in het AZC", "Phone of the person in the AZC"), FieldType.Text) { MaxLength = TelefoonMaxLength };

    public static FieldDefinition AzcEmail { get; } =
        new("coaAzcEmail", new LocalizedText("E-mail inburgeraar in het AZC", "E-mail of the person in the AZC"), FieldType.Text) { MaxLength = EmailMaxLength };

    public static FieldDefinition DigidAangevraagd { get; } =
        new("coaDigidAangevraagd", new LocalizedText("DigiD aangevraagd", "DigiD requested"), FieldType.Choice) { Choices = JaNeeOnbekendChoices };

    public static FieldDefinition DigidAangevraagdOp { get; } =
        new("coaDigidAangevraagdOp", new LocalizedText("DigiD aangevraagd op", "DigiD requested on"), FieldType.Date);

    public static FieldDefinition Rijbewijs { get; } =
        new("coaRijbewijs", new LocalizedText("Rijbewijs", "Driving licence"), FieldType.Choice) { Choices = JaNeeChoices };

    public static FieldDefinition RijbewijsUitgifteStaat { get; } =
        new("coaRijbewijsUitgifteStaat", new LocalizedText("Rijbewijs afgegeven door (staat)", "Driving licence issued by (state)"), FieldType.Text) { MaxLength = StaatMaxLength };

    public static FieldDefinition ToestemmingVoorinburgering { get; } =
        new("coaToestemmingVoorinburgering", new LocalizedText("Toestemming voorinburgering", "Consent to pre-integration"), FieldType.Choice) { Choices = JaNeeChoices };

    public static FieldDefinition ToestemmingVoorinburgeringOp { get; } =
        new("coaToestemmingVoorinburgeringOp", new LocalizedText("Datum toestemming of weigering voorinburgering", "Date of consent or refusal of pre-integration"), FieldType.Date);

    public static FieldDefinition Huisvestingsdatum { get; } =
        new("coaHuisvestingsdatum", new LocalizedText("Datum huisvesting", "Date of housing"), FieldType.Date);

    public static FieldDefinition StartScenario { get; } =
        new("coaStartScenario", new LocalizedText("Startscenario", "Start scenario"), FieldType.Choice) { Choices = StartScenarioChoices };

    public static FieldDefinition Bijzonderheden { get; } =
        new("coaBijzonderheden", new LocalizedText("Bijzonderheden", "Remarks"), FieldType.MultilineText) { MaxLength = BijzonderhedenMaxLength };

    public static FieldDefinition Versie { get; } =
        new("coaVersie", new LocalizedText("Versie", "Version"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition GewijzigdOp { get; } =
        new("coaGewijzigdOp", new LocalizedText("Gewijzigd op", "Changed on"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition GewijzigdDoor { get; } =
        new("coaGewijzigdDoor", new LocalizedText("Gewijzigd door", "Changed by"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Bron { get; } =
        new("coaBron", new LocalizedText("Bron", "Source"), FieldType.Choice) { Privacy = PrivacyClass.Normal, Choices = BronChoices };

    /// <summary>The form's fields in the order of the screen and the action.</summary>
    public static IReadOnlyList<FieldDefinition> Formulier { get; } =
    [
        Formulierdatum,
        RegievoerderNaam,
        RegievoerderTelefoon,
        RegievoerderEmail,
        AzcNaam,
        AzcAdres,
        AzcTelefoon,
        AzcEmail,
        DigidAangevraagd,
        DigidAangevraagdOp,
        Rijbewijs,
        RijbewijsUitgifteStaat,
        ToestemmingVoorinburgering,
        ToestemmingVoorinburgeringOp,
        Huisvestingsdatum,
        StartScenario,
        Bijzonderheden,
    ];

    /// <summary>The fields a version changed, as codes of the form's field keys, so the host shows their labels in the user's language.</summary>
    public static FieldDefinition GewijzigdeVelden { get; } =
        new("coaGewijzigdeVelden", new LocalizedText("Gewijzigde velden", "Changed fields"), FieldType.MultiChoice)
        {
            Privacy = PrivacyClass.Normal,
            Choices = [.. Formulier.Select(veld => new ChoiceOption(veld.Key, veld.Label))],
        };
}
