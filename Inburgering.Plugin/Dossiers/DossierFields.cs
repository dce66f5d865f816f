using Host.Abstractions;
using DoelgroepValue = Inburgering.Plugin.Dossiers.Doelgroep;
using AfsluitRedenValue = Inburgering.Plugin.Dossiers.AfsluitReden;
using WetRegimeValue = Inburgering.Plugin.Dossiers.WetRegime;

namespace Inburgering.Plugin.Dossiers;

/// <summary>The fields of a dossier as screens, lists and the host's client page show them.</summary>
internal static class DossierFields
{
    public static IReadOnlyList<ChoiceOption> DoelgroepChoices { get; } =
    [
        new(nameof(DoelgroepValue.Asielstatushouder), new LocalizedText("Asielstatushouder", "Asylum permit holder")),
        new(nameof(DoelgroepValue.Gezinsmigrant), new LocalizedText("Gezinsmigrant", "Family migrant")),
        new(nameof(DoelgroepValue.OverigeMigrant), new LocalizedText("Overige migrant", "Other migrant")),
    ];

    public static IReadOnlyList<ChoiceOption> WetRegimeChoices { get; } =
    [
        new(nameof(WetRegimeValue.Wi2021), new LocalizedText("Wet inburgering 2021", "Civic Integration Act 2021")),
        new(nameof(WetRegimeValue.Wi2013), new LocalizedText("Wet inburgering 2013", "Civic Integration Act 2013")),
    ];

    /// <summary>
    /// The status shown for a restricted dossier in lists and on the client page, in place of its data. It is not a
    /// <see cref="DossierStatus"/>: a dossier of any status can be restricted.
    /// </summary>
    public const string BeperktStatusCode = "Beperkt";

    /// <summary>The maximum length of a typed reason, such as the reason for a restriction.</summary>
    public const int ReasonMaxLength = 500;

    public static IReadOnlyList<ChoiceOption> StatusChoices { get; } =
    [
        .. DossierStatusNames.Choices,
        new(BeperktStatusCode, new LocalizedText("Beperkt (verwerking beperkt)", "Restricted (processing restricted)")),
    ];

    public static IReadOnlyList<ChoiceOption> AfsluitRedenChoices { get; } =
    [
        new(nameof(AfsluitRedenValue.InburgeringsplichtVoldaan), new LocalizedText("Inburgeringsplicht voldaan", "Obligation to integrate met")),
        new(nameof(AfsluitRedenValue.Ontheffing), new LocalizedText("Ontheffing", "Exemption")),
        new(nameof(AfsluitRedenValue.VertrokkenNaarBuitenland), new LocalizedText("Vertrokken naar het buitenland", "Moved abroad")),
        new(nameof(AfsluitRedenValue.Overleden), new LocalizedText("Overleden", "Deceased")),
        new(nameof(AfsluitRedenValue.IntrekkingDoorDuo), new LocalizedText("Intrekking door DUO", "Withdrawn by DUO")),
        new(nameof(AfsluitRedenValue.Anders), new LocalizedText("Andere reden", "Other reason")),
    ];

    public static FieldDefinition Naam { get; } = new("naam", new LocalizedText("Naam", "Name"), FieldType.Text);

    public static FieldDefinition Bsn { get; } = new("bsn", new LocalizedText("BSN", "BSN"), FieldType.Bsn);

    public static FieldDefinition VNummer { get; } = new("vnummer", new LocalizedText("V-nummer", "V-nummer"), FieldType.Text);

    public static FieldDefinition Geboortedatum { get; } =
        new("geboortedatum", new LocalizedText("Geboortedatum", "Date of birth"), FieldType.PartialDate);

    public static FieldDefinition AdresRegel1 { get; } = new("adresRegel1", new LocalizedText("Adres", "Address"), FieldType.Text);

    public static FieldDefinition AdresRegel2 { get; } =
        new("adresRegel2", new LocalizedText("Postcode en woonplaats", "Postcode and town"), FieldType.Text);

    public static FieldDefinition Nationaliteit { get; } =
        new("nationaliteit", new LocalizedText("Nationaliteit (code)", "Nationality (code)"), FieldType.Text);

    public static FieldDefinition GemeenteVanInschrijving { get; } =
        new("gemeenteVanInschrijving", new LocalizedText("Gemeente van inschrijving", "Municipality of registration"), FieldType.Text);

    public static FieldDefinition DatumInschrijvingGemeente { get; } =
        new("datumInschrijvingGemeente", new LocalizedText("Ingeschreven in de gemeente sinds", "Registered in the municipality since"), FieldType.PartialDate);

    public static FieldDefinition BrpOpgevraagdOp { get; } =
        new("brpOpgevraagdOp", new LocalizedText("BRP opgevraagd op", "BRP retrieved on"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Inburgeringsplichtig { get; } =
        new("inburgeringsplichtig", new LocalizedText("Inburgeringsplichtig", "Obliged to integrate"), FieldType.Boolean);

    public static FieldDefinition Doelgroep { get; } =
        new("doelgroep", new LocalizedText("Doelgroep", "Target group"), FieldType.Choice) { Choices = DoelgroepChoices };

    public static FieldDefinition Koppeldatum { get; } =
        new("koppeldatum", new LocalizedText("Koppeldatum", "Date linked to the municipality"), FieldType.Date);

    public static FieldDefinition WetRegime { get; } =
        new("wetRegime", new LocalizedText("Wettelijk regime", "Legal regime"), FieldType.Choice) { Choices = WetRegimeChoices };

    public static FieldDefinition Status { get; } =
        new("status", new LocalizedText("Status", "Status"), FieldType.Choice) { Choices = StatusChoices };

    public static FieldDefinition StatusSinds { get; } =
        new("statusSinds", new LocalizedText("Sinds", "Since"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition StatusReden { get; } =
        new("statusReden", new LocalizedText("Reden", "Reason"), FieldType.MultilineText) { MaxLength = ReasonMaxLength };

    public static FieldDefinition AfgeslotenOp { get; } =
        new("afgeslotenOp", new LocalizedText("Afgesloten op", "Closed on"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition AfsluitReden { get; } =
        new("afsluitReden", new LocalizedText("Reden van afsluiten", "Reason for closing"), FieldType.Choice) { Choices = AfsluitRedenChoices };

    public static FieldDefinition BeperktOp { get; } =
        new("beperktOp", new LocalizedText("Verwerking beperkt op", "Processing restricted on"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition BeperkingReden { get; } =
        new("beperkingReden", new LocalizedText("Reden van de beperking", "Reason for the restriction"), FieldType.Text) { MaxLength = ReasonMaxLength };

    public static FieldDefinition BeperktDoor { get; } =
        new("beperktDoor", new LocalizedText("Beperkt door (gebruikers-id)", "Restricted by (user id)"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition OpheffingReden { get; } =
        new("opheffingReden", new LocalizedText("Reden van het opheffen", "Reason for lifting"), FieldType.Text) { MaxLength = ReasonMaxLength };
}
