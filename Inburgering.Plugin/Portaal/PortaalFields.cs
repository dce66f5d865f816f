using Host.Abstractions;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Portaal;

/// <summary>
/// The fields of the aanbieder portal: the delivery form and the columns of the delivered periods. The choice codes are
/// those of the delivery format, so a form value goes into the row unchanged.
/// </summary>
internal static class PortaalFields
{
    private static readonly IReadOnlyList<ChoiceOption> s_niveaus =
        [.. Enum.GetNames<Vaardigheidsniveau>().Select(n => new ChoiceOption(n, new LocalizedText(n, n)))];

    private static readonly LocalizedText s_urenHint = new(
        "In uren en hele kwartieren, bijvoorbeeld 12,25.",
        "In hours and whole quarter hours, for example 12.25.");

    public static FieldDefinition PeriodeVan { get; } = new("periodeVan", new LocalizedText("Periode van", "Period from"), FieldType.Date) { Required = true };

    public static FieldDefinition PeriodeTot { get; } = new("periodeTot", new LocalizedText("Periode tot en met (peildatum)", "Period to (reference date)"), FieldType.Date)
    {
        Required = true,
        Hint = new LocalizedText(
            "Niet in de toekomst. Vult u een periode in die u al hebt geleverd, dan vervangt deze levering de vorige (correctie).",
            "Not in the future. If you enter a period you already delivered, this delivery replaces the earlier one (correction)."),
    };

    public static FieldDefinition UrenAangeboden { get; } = Uren("urenAangeboden", "Uren aangeboden", "Hours offered", required: true);

    public static FieldDefinition UrenGevolgdFysiek { get; } = Uren("urenGevolgdFysiek", "Uren gevolgd op locatie", "Hours attended in person", required: true);

    public static FieldDefinition UrenGevolgdOnline { get; } = Uren("urenGevolgdOnline", "Uren gevolgd online", "Hours attended online", required: true);

    public static FieldDefinition UrenGeoorloofdVerzuim { get; } = Uren("urenGeoorloofdVerzuim", "Uren geoorloofd verzuim", "Hours of authorised absence", required: true);

    public static FieldDefinition UrenOngeoorloofdVerzuim { get; } = Uren("urenOngeoorloofdVerzuim", "Uren ongeoorloofd verzuim", "Hours of unauthorised absence", required: true);

    public static FieldDefinition NiveauLezen { get; } = Niveau("niveauLezen", "Niveau lezen", "Level reading");

    public static FieldDefinition NiveauLuisteren { get; } = Niveau("niveauLuisteren", "Niveau luisteren", "Level listening");

    public static FieldDefinition NiveauSpreken { get; } = Niveau("niveauSpreken", "Niveau spreken", "Level speaking");

    public static FieldDefinition NiveauSchrijven { get; } = Niveau("niveauSchrijven", "Niveau schrijven", "Level writing");

    public static FieldDefinition ExamenOnderdeel { get; } = new("examenOnderdeel", new LocalizedText("Examenonderdeel", "Exam part"), FieldType.Choice)
    {
        Choices =
        [
            new("LEZEN", new LocalizedText("Lezen", "Reading")),
            new("LUISTEREN", new LocalizedText("Luisteren", "Listening")),
            new("SPREKEN", new LocalizedText("Spreken", "Speaking")),
            new("SCHRIJVEN", new LocalizedText("Schrijven", "Writing")),
            new("KNM", new LocalizedText("Kennis van de Nederlandse maatschappij", "Knowledge of Dutch society")),
        ],
        Hint = new LocalizedText("Alleen als de cursist in deze periode examen deed.", "Only when the student took an exam in this period."),
    };

    public static FieldDefinition ExamenDatum { get; } = new("examenDatum", new LocalizedText("Examendatum", "Exam date"), FieldType.Date);

    public static FieldDefinition ExamenResultaat { get; } = new("examenResultaat", new LocalizedText("Examenresultaat", "Exam result"), FieldType.Choice)
    {
        Choices =
        [
            new("BEHAALD", new LocalizedText("Behaald", "Passed")),
            new("NIET_BEHAALD", new LocalizedText("Niet behaald", "Not passed")),
        ],
    };

    public static FieldDefinition Startdatum { get; } = new("startdatum", new LocalizedText("Startdatum", "Start date"), FieldType.Date)
    {
        Hint = new LocalizedText("De eerste lesdag van de cursist, als die in of voor deze periode valt.", "The student's first day of the course, when it falls in or before this period."),
    };

    public static FieldDefinition Einddatum { get; } = new("einddatum", new LocalizedText("Einddatum", "End date"), FieldType.Date)
    {
        Hint = new LocalizedText("Alleen als de cursist is gestopt of de cursus heeft afgerond.", "Only when the student stopped or finished the course."),
    };

    public static FieldDefinition Uitvalreden { get; } = new("uitvalreden", new LocalizedText("Reden van uitval", "Reason for dropping out"), FieldType.Text)
    {
        MaxLength = 200,
        Hint = new LocalizedText("Alleen bij uitval; vul dan ook de einddatum in.", "Only when the student dropped out; then also enter the end date."),
    };

    public static FieldDefinition Opmerking { get; } = new("opmerking", new LocalizedText("Opmerking", "Remark"), FieldType.MultilineText) { MaxLength = 500 };

    public static FieldDefinition Onderdeel { get; } =
        new("onderdeel", new LocalizedText("Onderdeel", "Part"), FieldType.Choice) { Privacy = PrivacyClass.Normal, Choices = Aanbieders.OnderdeelCodes.Choices };

    public static FieldDefinition LaatstePeildatum { get; } = new("laatstePeildatum", new LocalizedText("Laatst geleverde peildatum", "Last delivered reference date"), FieldType.Date);

    public static FieldDefinition Gecorrigeerd { get; } =
        new("gecorrigeerd", new LocalizedText("Vervangen door een correctie", "Replaced by a correction"), FieldType.Boolean) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition OntvangenOp { get; } = new("ontvangenOp", new LocalizedText("Ontvangen op", "Received on"), FieldType.DateTime);

    /// <summary>The inputs of the delivery form, in the order of the form.</summary>
    public static IReadOnlyList<FieldDefinition> Formulier { get; } =
    [
        PeriodeVan, PeriodeTot, UrenAangeboden, UrenGevolgdFysiek, UrenGevolgdOnline, UrenGeoorloofdVerzuim, UrenOngeoorloofdVerzuim,
        NiveauLezen, NiveauLuisteren, NiveauSpreken, NiveauSchrijven, ExamenOnderdeel, ExamenDatum, ExamenResultaat,
        Startdatum, Einddatum, Uitvalreden, Opmerking,
    ];

    /// <summary>The column of the delivery format that each form input fills, by field key.</summary>
    public static IReadOnlyDictionary<string, string> Kolommen { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PeriodeVan.Key] = LeveringKolommen.PeriodeVan,
        [PeriodeTot.Key] = LeveringKolommen.PeriodeTot,
        [UrenAangeboden.Key] = LeveringKolommen.UrenAangeboden,
        [UrenGevolgdFysiek.Key] = LeveringKolommen.UrenGevolgdFysiek,
        [UrenGevolgdOnline.Key] = LeveringKolommen.UrenGevolgdOnline,
        [UrenGeoorloofdVerzuim.Key] = LeveringKolommen.UrenGeoorloofdVerzuim,
        [UrenOngeoorloofdVerzuim.Key] = LeveringKolommen.UrenOngeoorloofdVerzuim,
        [NiveauLezen.Key] = LeveringKolommen.NiveauLezen,
        [NiveauLuisteren.Key] = LeveringKolommen.NiveauLuisteren,
        [NiveauSpreken.Key] = LeveringKolommen.NiveauSpreken,
        [NiveauSchrijven.Key] = LeveringKolommen.NiveauSchrijven,
        [ExamenOnderdeel.Key] = LeveringKolommen.ExamenOnderdeel,
        [ExamenDatum.Key] = LeveringKolommen.ExamenDatum,
        [ExamenResultaat.Key] = LeveringKolommen.ExamenResultaat,
        [Startdatum.Key] = LeveringKolommen.Startdatum,
        [Einddatum.Key] = LeveringKolommen.Einddatum,
        [Uitvalreden.Key] = LeveringKolommen.Uitvalreden,
        [Opmerking.Key] = LeveringKolommen.Opmerking,
    };

    private static FieldDefinition Uren(string key, string nl, string en, bool required) =>
        new(key, new LocalizedText(nl, en), FieldType.Number) { Required = required, Minimum = 0, Hint = s_urenHint };

    private static FieldDefinition Niveau(string key, string nl, string en) =>
        new(key, new LocalizedText(nl, en), FieldType.Choice) { Choices = s_niveaus };
}
