using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.Pip;

/// <summary>The fields of a PIP and its deadline, as the PIP screen, the letter and the action forms show them.</summary>
internal static class PipFields
{
    /// <summary>The maximum length of a free-text part of the PIP.</summary>
    public const int TextMaxLength = 2000;

    /// <summary>The maximum length of a name, an e-mail address or the name of a third party.</summary>
    public const int NameMaxLength = 200;

    public static IReadOnlyList<ChoiceOption> NiveauChoices { get; } =
    [
        new(nameof(PipNiveau.B1), new LocalizedText("B1", "B1")),
        new(nameof(PipNiveau.A2), new LocalizedText("A2", "A2")),
        new(nameof(PipNiveau.A1), new LocalizedText("A1 (Z-route, richting A2)", "A1 (Z route, towards A2)")),
    ];

    public static IReadOnlyList<ChoiceOption> SoortChoices { get; } =
    [
        new(nameof(PipSoort.Eerste), new LocalizedText("Eerste PIP", "First PIP")),
        new(nameof(PipSoort.Schakelen), new LocalizedText("Schakelen (andere leerroute)", "Switch (other learning route)")),
        new(nameof(PipSoort.Afschalen), new LocalizedText("Afschalen van B1 naar A2", "Scale down from B1 to A2")),
        new(nameof(PipSoort.Verhuizing), new LocalizedText("Nieuw PIP na verhuizing", "New PIP after a move")),
        new(nameof(PipSoort.Wijziging), new LocalizedText("Wijziging", "Change")),
    ];

    public static IReadOnlyList<ChoiceOption> StatusChoices { get; } =
    [
        new(nameof(PipStatus.Concept), new LocalizedText("Concept", "Draft")),
        new(nameof(PipStatus.Vastgesteld), new LocalizedText("Vastgesteld", "Adopted")),
    ];

    public static IReadOnlyList<ChoiceOption> BasisChoices { get; } =
    [
        new(nameof(PipTermijnBasis.DuoKennisgeving), new LocalizedText("Kennisgeving van DUO", "DUO's notification")),
        new(nameof(PipTermijnBasis.BrpInschrijving), new LocalizedText("Inschrijving in de BRP in deze gemeente (later dan de kennisgeving)", "Registration in the BRP in this municipality (later than the notification)")),
    ];

    public static IReadOnlyList<ChoiceOption> StandChoices { get; } =
    [
        new(nameof(PipTermijnStand.NogNietTeBepalen), new LocalizedText("Nog niet te bepalen: de kennisgeving van DUO ontbreekt", "Cannot be set yet: DUO's notification is missing")),
        new(nameof(PipTermijnStand.Lopend), new LocalizedText("Loopt", "Running")),
        new(nameof(PipTermijnStand.VerlengdWachtOpInformatie), new LocalizedText("Verlengd, wacht op informatie", "Extended, waiting for information")),
        new(nameof(PipTermijnStand.Verlengd), new LocalizedText("Verlengd, informatie ontvangen", "Extended, information received")),
    ];

    public static FieldDefinition Leerroute { get; } = new("leerroute", new LocalizedText("Leerroute", "Learning route"), FieldType.Choice)
    {
        Choices = LeerrouteNames.Choices,
        Privacy = PrivacyClass.Normal,
    };

    public static FieldDefinition Niveau { get; } = new("niveau", new LocalizedText("Niveau", "Level"), FieldType.Choice)
    {
        Choices = NiveauChoices,
        Privacy = PrivacyClass.Normal,
        Hint = new LocalizedText(
            "B1-route en onderwijsroute: B1 (A2 alleen na afschalen). Z-route: A1, of A2 als de inburgeraar voor de A2-examens kiest.",
            "B1 route and education route: B1 (A2 only after scaling down). Z route: A1, or A2 when the person chooses the A2 exams."),
    };

    public static FieldDefinition Ondersteuning { get; } = Text("ondersteuning", "Ondersteuning en begeleiding", "Support and guidance");

    public static FieldDefinition IntensiteitPvt { get; } = Text("intensiteitPvt", "Intensiteit participatieverklaringstraject (PVT)", "Intensity of the participation statement programme (PVT)") with
    {
        Hint = new LocalizedText("In tekst of uren, bijvoorbeeld '12 uur in 6 weken'.", "As text or hours, for example '12 hours in 6 weeks'."),
    };

    public static FieldDefinition IntensiteitMap { get; } = Text("intensiteitMap", "Intensiteit Module Arbeidsmarkt en Participatie (MAP)", "Intensity of the labour market and participation module (MAP)") with
    {
        Hint = new LocalizedText("In tekst of uren. De onderwijsroute heeft geen MAP.", "As text or hours. The education route has no MAP."),
    };

    public static FieldDefinition Knm { get; } = Text("knm", "Kennis van de Nederlandse maatschappij (KNM)", "Knowledge of Dutch society (KNM)");

    public static FieldDefinition Ontzorgen { get; } = new("ontzorgen", new LocalizedText("Ontzorgen", "Unburdening"), FieldType.Boolean) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition OntzorgenToelichting { get; } = Text("ontzorgenToelichting", "Toelichting ontzorgen", "Unburdening explained") with
    {
        VisibleWhen = new FieldCondition("ontzorgen", ["true"]),
    };

    public static FieldDefinition MaatschappelijkeBegeleiding { get; } =
        new("maatschappelijkeBegeleiding", new LocalizedText("Maatschappelijke begeleiding", "Social guidance"), FieldType.Boolean) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition MaatschappelijkeBegeleidingToelichting { get; } = Text("maatschappelijkeBegeleidingToelichting", "Toelichting maatschappelijke begeleiding", "Social guidance explained") with
    {
        VisibleWhen = new FieldCondition("maatschappelijkeBegeleiding", ["true"]),
    };

    public static FieldDefinition Vve { get; } = Text("vve", "Voor- en vroegschoolse educatie (vve) voor jonge kinderen", "Early childhood education (vve) for young children");

    public static FieldDefinition ContactpersoonNaam { get; } = new("contactpersoonNaam", new LocalizedText("Contactpersoon", "Contact person"), FieldType.Text)
    {
        MaxLength = NameMaxLength,
        Hint = new LocalizedText("De naam van de consulent; verplicht om het PIP vast te stellen.", "The consultant's name; required to adopt the PIP."),
    };

    public static FieldDefinition ContactpersoonEmail { get; } = new("contactpersoonEmail", new LocalizedText("E-mailadres contactpersoon", "Contact person's e-mail"), FieldType.Text)
    {
        MaxLength = NameMaxLength,
    };

    public static FieldDefinition Versienummer { get; } = new("versienummer", new LocalizedText("Versie", "Version"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Status { get; } = new("status", new LocalizedText("Status", "Status"), FieldType.Choice) { Choices = StatusChoices, Privacy = PrivacyClass.Normal };

    public static FieldDefinition Soort { get; } = new("soort", new LocalizedText("Soort", "Kind"), FieldType.Choice) { Choices = SoortChoices, Privacy = PrivacyClass.Normal };

    public static FieldDefinition Wijzigingsreden { get; } = Text("wijzigingsreden", "Reden van de wijziging", "Reason for the change");

    public static FieldDefinition Dagtekening { get; } = new("dagtekening", new LocalizedText("Dagtekening", "Date of the decision"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition VastgesteldDoor { get; } = new("vastgesteldDoor", new LocalizedText("Vastgesteld door", "Adopted by"), FieldType.Text);

    public static FieldDefinition VastgesteldOp { get; } = new("vastgesteldOp", new LocalizedText("Vastgesteld op", "Adopted on"), FieldType.DateTime) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition InzetAangetoond { get; } = new("inzetAangetoond", new LocalizedText("Inzet aangetoond", "Effort shown"), FieldType.Boolean) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition InzetToelichting { get; } = Text("inzetToelichting", "Waaruit blijkt de inzet", "How the effort was shown");

    public static FieldDefinition Nt2Uren { get; } = new("nt2Uren", new LocalizedText("NT2-uren bij een school met keurmerk die meetellen", "NT2 hours at a school with a quality mark that count"), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition DuoKennisgevingOp { get; } = new("duoKennisgevingOp", new LocalizedText("Kennisgeving van DUO op", "DUO's notification on"), FieldType.Date)
    {
        Privacy = PrivacyClass.Normal,
        Hint = new LocalizedText(
            "De dagtekening van de kennisgeving van DUO, ook als het signaal later binnenkwam. Vul in als dd-mm-jjjj.",
            "The date of DUO's notification, even when the signal arrived later. Enter as dd-mm-yyyy."),
    };

    public static FieldDefinition BrpInschrijving { get; } = new("brpInschrijving", new LocalizedText("Inschrijving in de BRP in deze gemeente", "Registration in the BRP in this municipality"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Stand { get; } = new("stand", new LocalizedText("Stand", "State"), FieldType.Choice) { Choices = StandChoices, Privacy = PrivacyClass.Normal };

    public static FieldDefinition Basis { get; } = new("basis", new LocalizedText("Telt vanaf", "Counts from"), FieldType.Choice) { Choices = BasisChoices, Privacy = PrivacyClass.Normal };

    public static FieldDefinition Basisdatum { get; } = new("basisdatum", new LocalizedText("Datum waarvan de termijn telt", "Date the deadline counts from"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition OorspronkelijkeUitersteDatum { get; } = new("oorspronkelijkeUitersteDatum", new LocalizedText("Uiterste datum zonder verlenging (10 weken)", "Deadline without extension (10 weeks)"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition UitersteDatum { get; } = new("uitersteDatum", new LocalizedText("Uiterste datum PIP", "PIP deadline"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Derde { get; } = new("derde", new LocalizedText("Derde van wie informatie nodig is", "Third party whose information is needed"), FieldType.Text)
    {
        MaxLength = NameMaxLength,
        Hint = new LocalizedText("Bijvoorbeeld de GGD, het COA of een school; geen persoonsgegevens.", "For example the GGD, the COA or a school; no personal data."),
    };

    public static FieldDefinition WachtSinds { get; } = new("wachtSinds", new LocalizedText("Informatie gevraagd op", "Information requested on"), FieldType.Date)
    {
        Privacy = PrivacyClass.Normal,
        Hint = new LocalizedText("Uiterlijk op de uiterste datum zonder verlenging. Vul in als dd-mm-jjjj.", "At the latest on the deadline without extension. Enter as dd-mm-yyyy."),
    };

    public static FieldDefinition InformatieOntvangenOp { get; } = new("informatieOntvangenOp", new LocalizedText("Informatie ontvangen op", "Information received on"), FieldType.Date)
    {
        Privacy = PrivacyClass.Normal,
        Hint = new LocalizedText("Het PIP moet dan uiterlijk 2 weken later zijn vastgesteld. Vul in als dd-mm-jjjj.", "The PIP must then be adopted at most 2 weeks later. Enter as dd-mm-yyyy."),
    };

    public static FieldDefinition TermijnStart { get; } = new("termijnStart", new LocalizedText("Inburgeringstermijn begint op", "Integration term starts on"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition TermijnLaatsteDag { get; } = new("termijnLaatsteDag", new LocalizedText("Laatste dag van de inburgeringstermijn", "Last day of the integration term"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition LaatsteSchakeldag { get; } = new("laatsteSchakeldag", new LocalizedText("Laatste dag om te schakelen", "Last day to switch route"), FieldType.Date) { Privacy = PrivacyClass.Normal };

    /// <summary>The inputs of the contents of a PIP, in the order of the letter.</summary>
    public static IReadOnlyList<FieldDefinition> Inhoud { get; } =
    [
        Leerroute with { Required = true },
        Niveau with { Required = true },
        Ondersteuning,
        IntensiteitPvt,
        IntensiteitMap,
        Knm,
        Ontzorgen,
        OntzorgenToelichting,
        MaatschappelijkeBegeleiding,
        MaatschappelijkeBegeleidingToelichting,
        Vve,
        ContactpersoonNaam,
        ContactpersoonEmail,
    ];

    /// <summary>Returns the values of <paramref name="inhoud"/> by field key, to fill a form or a screen.</summary>
    public static IReadOnlyDictionary<string, string?> Values(PipInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);

        return new Dictionary<string, string?>
        {
            [Leerroute.Key] = inhoud.Leerroute.ToString(),
            [Niveau.Key] = inhoud.Niveau.ToString(),
            [Ondersteuning.Key] = inhoud.Ondersteuning,
            [IntensiteitPvt.Key] = inhoud.IntensiteitPvt,
            [IntensiteitMap.Key] = inhoud.IntensiteitMap,
            [Knm.Key] = inhoud.Knm,
            [Ontzorgen.Key] = inhoud.Ontzorgen ? "true" : "false",
            [OntzorgenToelichting.Key] = inhoud.OntzorgenToelichting,
            [MaatschappelijkeBegeleiding.Key] = inhoud.MaatschappelijkeBegeleiding ? "true" : "false",
            [MaatschappelijkeBegeleidingToelichting.Key] = inhoud.MaatschappelijkeBegeleidingToelichting,
            [Vve.Key] = inhoud.Vve,
            [ContactpersoonNaam.Key] = inhoud.ContactpersoonNaam,
            [ContactpersoonEmail.Key] = inhoud.ContactpersoonEmail,
        };
    }

    /// <summary>Returns the contents as labelled values for a screen section.</summary>
    public static IReadOnlyList<ScreenElement> Elements(PipInhoud inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);

        return
        [
            new FieldElement(Leerroute, inhoud.Leerroute.ToString()),
            new FieldElement(Niveau, inhoud.Niveau.ToString()),
            new FieldElement(Ondersteuning, inhoud.Ondersteuning),
            new FieldElement(IntensiteitPvt, inhoud.IntensiteitPvt),
            new FieldElement(IntensiteitMap, inhoud.IntensiteitMap),
            new FieldElement(Knm, inhoud.Knm),
            new FieldElement(Ontzorgen, inhoud.Ontzorgen),
            new FieldElement(OntzorgenToelichting, inhoud.OntzorgenToelichting),
            new FieldElement(MaatschappelijkeBegeleiding, inhoud.MaatschappelijkeBegeleiding),
            new FieldElement(MaatschappelijkeBegeleidingToelichting, inhoud.MaatschappelijkeBegeleidingToelichting),
            new FieldElement(Vve, inhoud.Vve),
            new FieldElement(ContactpersoonNaam, inhoud.ContactpersoonNaam),
            new FieldElement(ContactpersoonEmail, inhoud.ContactpersoonEmail),
        ];
    }

    private static FieldDefinition Text(string key, string nl, string en) =>
        new(key, new LocalizedText(nl, en), FieldType.MultilineText) { MaxLength = TextMaxLength };
}
