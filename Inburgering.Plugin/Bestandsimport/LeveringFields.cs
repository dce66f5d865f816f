using Host.Abstractions;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>The fields of the delivery screens, the upload actions and their reports.</summary>
internal static class LeveringFields
{
    public static readonly FieldDefinition Bestand = new("bestand", new LocalizedText("Bestand", "File"), FieldType.File)
    {
        Required = true,
        AcceptedFileTypes = [".csv", ".xlsx"],
        Hint = new LocalizedText(
            "Een CSV-bestand (UTF-8, met ; of , tussen de kolommen) of een Excel-werkmap (.xlsx) in het aanleverformaat. Download het sjabloon op deze pagina voor de kolommen.",
            "A CSV file (UTF-8, with ; or , between the columns) or an Excel workbook (.xlsx) in the delivery format. Download the template on this page for the columns."),
    };

    public static readonly FieldDefinition Modus = new("modus", new LocalizedText("Bij fouten", "On errors"), FieldType.Choice)
    {
        Choices =
        [
            new ChoiceOption(nameof(LeveringModus.AllesOfNiets), new LocalizedText("Alles of niets: één foute regel weigert de hele levering", "All or nothing: one wrong row rejects the whole delivery")),
            new ChoiceOption(nameof(LeveringModus.GeldigeRegels), new LocalizedText("Alleen geldige regels: importeer de goede regels en meld de foute", "Valid rows only: import the good rows and report the wrong ones")),
        ],
        Hint = new LocalizedText("Zonder keuze geldt alles of niets.", "Without a choice, all or nothing applies."),
    };

    public static readonly FieldDefinition Aanbieder = new("aanbieder", new LocalizedText("Aanbieder (KvK-nummer)", "Course provider (KvK number)"), FieldType.Text)
    {
        Required = true,
        MaxLength = 21,
        Hint = new LocalizedText(
            "Het KvK-nummer van de aanbieder die het bestand stuurde (8 cijfers), met /vestigingsnummer als de aanbieder meer vestigingen heeft; zie de lijst van aanbieders hieronder.",
            "The KvK number of the course provider that sent the file (8 digits), with /branch number when the provider has several branches; see the list of providers below."),
    };

    public static readonly FieldDefinition OntvangenOp = new("ontvangenOp", new LocalizedText("Ontvangen op", "Received on"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition AanbiederNaam = new("aanbiederNaam", new LocalizedText("Aanbieder", "Course provider"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition KvkNummer = new("kvkNummer", new LocalizedText("KvK-nummer", "KvK number"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition Vestigingsnummer = new("vestigingsnummer", new LocalizedText("Vestigingsnummer", "Branch number"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition Kanaal = new("kanaal", new LocalizedText("Kanaal", "Channel"), FieldType.Choice)
    {
        Privacy = PrivacyClass.Normal,
        Choices =
        [
            new ChoiceOption(nameof(LeveringKanaal.Bestand), new LocalizedText("Bestand", "File")),
            new ChoiceOption(nameof(LeveringKanaal.Portaal), new LocalizedText("Portaal", "Portal")),
            new ChoiceOption(nameof(LeveringKanaal.Api), new LocalizedText("API", "API")),
        ],
    };

    public static readonly FieldDefinition Bestandsnaam = new("bestandsnaam", new LocalizedText("Bestandsnaam", "File name"), FieldType.Text);

    public static readonly FieldDefinition Referentie = new("referentie", new LocalizedText("Kenmerk (levering_id)", "Reference (levering_id)"), FieldType.Text);

    public static readonly FieldDefinition GekozenModus = Modus with { Key = "gekozenModus", Label = new LocalizedText("Bij fouten", "On errors"), Hint = null, Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition Status = new("status", new LocalizedText("Status", "Status"), FieldType.Choice)
    {
        Privacy = PrivacyClass.Normal,
        Choices =
        [
            new ChoiceOption(nameof(LeveringStatus.Verwerkt), new LocalizedText("Verwerkt", "Imported")),
            new ChoiceOption(nameof(LeveringStatus.DeelsVerwerkt), new LocalizedText("Deels verwerkt", "Partly imported")),
            new ChoiceOption(nameof(LeveringStatus.Geweigerd), new LocalizedText("Geweigerd", "Rejected")),
        ],
    };

    public static readonly FieldDefinition AantalRegels = new("aantalRegels", new LocalizedText("Regels", "Rows"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition AantalVerwerkt = new("aantalVerwerkt", new LocalizedText("Verwerkt", "Imported"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition AantalGeweigerd = new("aantalGeweigerd", new LocalizedText("Geweigerd", "Rejected"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition Regel = new("regel", new LocalizedText("Regel", "Line"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition Kolom = new("kolom", new LocalizedText("Kolom", "Column"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition Waarde = new("waarde", new LocalizedText("Waarde", "Value"), FieldType.Text);

    public static readonly FieldDefinition MeldingNl = new("meldingNl", new LocalizedText("Melding", "Message (Dutch)"), FieldType.Text) { Privacy = PrivacyClass.Normal };

    public static readonly FieldDefinition MeldingEn = new("meldingEn", new LocalizedText("Melding (Engels)", "Message"), FieldType.Text) { Privacy = PrivacyClass.Normal };
}
