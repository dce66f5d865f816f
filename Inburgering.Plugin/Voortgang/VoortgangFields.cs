using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Uren;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The fields of the voortgang screen and its actions. Each action has its own keys, so their forms can be pre-filled side by side.</summary>
internal static class VoortgangFields
{
    public static IReadOnlyList<ChoiceOption> UrenSoortChoices { get; } =
    [
        new(nameof(UrenSoort.Nt2Fysiek), new LocalizedText("NT2, fysiek les", "Dutch as a second language, in person")),
        new(nameof(UrenSoort.Nt2Online), new LocalizedText("NT2, online les", "Dutch as a second language, online")),
        new(nameof(UrenSoort.Alfabetisering), new LocalizedText("Alfabetisering", "Literacy")),
        new(nameof(UrenSoort.Knm), new LocalizedText("KNM", "Knowledge of Dutch society")),
        new(nameof(UrenSoort.Participatie), new LocalizedText("Participatie (Z-route)", "Participation (Z-route)")),
        new(nameof(UrenSoort.Pvt), new LocalizedText("PVT (participatieverklaringstraject)", "Participation statement trajectory")),
        new(nameof(UrenSoort.MapPraktijk), new LocalizedText("MAP, praktijkuren", "Labour market and participation module, practical hours")),
    ];

    public static IReadOnlyList<ChoiceOption> CorrectieRedenChoices { get; } =
    [
        new(nameof(UrenCorrectieReden.DubbelIngevoerd), new LocalizedText("Dubbel ingevoerd", "Entered twice")),
        new(nameof(UrenCorrectieReden.VerkeerdeSoort), new LocalizedText("Verkeerde soort uren", "Wrong kind of hours")),
        new(nameof(UrenCorrectieReden.VerkeerdePeriode), new LocalizedText("Verkeerde periode", "Wrong period")),
        new(nameof(UrenCorrectieReden.VerkeerdAantalUren), new LocalizedText("Verkeerd aantal uren", "Wrong number of hours")),
        new(nameof(UrenCorrectieReden.VerkeerdDossier), new LocalizedText("In het verkeerde dossier", "In the wrong dossier")),
    ];

    public static IReadOnlyList<ChoiceOption> KnmStatusChoices { get; } =
    [
        new(nameof(KnmStatus.NietGestart), new LocalizedText("Niet gestart", "Not started")),
        new(nameof(KnmStatus.Bezig), new LocalizedText("Bezig", "In progress")),
        new(nameof(KnmStatus.ExamenBehaald), new LocalizedText("Examen behaald", "Exam passed")),
        new(nameof(KnmStatus.CursusAfgerond), new LocalizedText("Cursus afgerond (Z-route)", "Course completed (Z-route)")),
    ];

    public static IReadOnlyList<ChoiceOption> ExamenUitkomstChoices { get; } =
    [
        new(nameof(ExamenUitkomst.Behaald), new LocalizedText("Behaald", "Passed")),
        new(nameof(ExamenUitkomst.NietBehaald), new LocalizedText("Niet behaald", "Not passed")),
    ];

    public static IReadOnlyList<ChoiceOption> ResultaatChoices { get; } =
    [
        new(nameof(OnderdeelResultaat.Voldaan), new LocalizedText("Voldaan", "Met")),
        new(nameof(OnderdeelResultaat.NietVoldaan), new LocalizedText("Niet voldaan", "Not met")),
    ];

    public static IReadOnlyList<ChoiceOption> JaNeeChoices { get; } =
    [
        new("Ja", new LocalizedText("Ja", "Yes")),
        new("Nee", new LocalizedText("Nee", "No")),
    ];

    public static IReadOnlyList<ChoiceOption> OnderdeelChoices { get; } =
    [
        new(nameof(Examenonderdeel.Lezen), new LocalizedText("Lezen", "Reading")),
        new(nameof(Examenonderdeel.Luisteren), new LocalizedText("Luisteren", "Listening")),
        new(nameof(Examenonderdeel.Spreken), new LocalizedText("Spreken", "Speaking")),
        new(nameof(Examenonderdeel.Schrijven), new LocalizedText("Schrijven", "Writing")),
        new(nameof(Examenonderdeel.Knm), new LocalizedText("KNM", "Knowledge of Dutch society")),
    ];

    public static IReadOnlyList<ChoiceOption> NiveauChoices { get; } =
        [.. Enum.GetNames<Taalniveau>().Select(n => new ChoiceOption(n, new LocalizedText(n, n)))];

    // Hours
    public static FieldDefinition Soort { get; } = Choice("soort", "Soort uren", "Kind of hours", UrenSoortChoices);

    public static FieldDefinition PeriodeVan { get; } = Date("periodeVan", "Begindatum periode", "Start date of the period");

    public static FieldDefinition PeriodeTot { get; } = Date("periodeTot", "Einddatum periode", "End date of the period");

    public static FieldDefinition Uren { get; } = new("uren", new LocalizedText("Uren", "Hours"), FieldType.Number) { Minimum = 0.25m, Privacy = PrivacyClass.Sensitive };

    public static FieldDefinition MetKeurmerk { get; } = new("metKeurmerk", new LocalizedText("Aanbieder met keurmerk", "Provider with quality mark"), FieldType.Boolean);

    public static FieldDefinition Aanbieder { get; } = new("aanbieder", new LocalizedText("Aanbieder", "Provider"), FieldType.Text) { MaxLength = 200 };

    public static FieldDefinition Regelnummer { get; } = new("regelnummer", new LocalizedText("Regelnummer", "Row number"), FieldType.Text) { MaxLength = 36, Privacy = PrivacyClass.Normal };

    public static FieldDefinition CorrectieReden { get; } = Choice("correctieReden", "Reden van verwijderen", "Reason for removal", CorrectieRedenChoices);

    // KNM
    public static FieldDefinition KnmStatusField { get; } = Choice("knmStatus", "Status KNM", "KNM status", KnmStatusChoices);

    public static FieldDefinition KnmExamendatum { get; } = Date("knmExamendatum", "Datum KNM-examen", "Date of the KNM exam");

    public static FieldDefinition KnmExamenresultaat { get; } = Choice("knmExamenresultaat", "Resultaat KNM-examen", "Result of the KNM exam", ExamenUitkomstChoices);

    // PVT
    public static FieldDefinition PvtDatumOndertekening { get; } = Date("pvtDatumOndertekening", "Datum ondertekening participatieverklaring", "Date the participation statement was signed");

    public static FieldDefinition PvtResultaat { get; } = Choice("pvtResultaat", "Resultaat PVT", "PVT result", ResultaatChoices);

    public static FieldDefinition PvtRedenNietVoldaan { get; } = Reden("pvtRedenNietVoldaan", "Reden niet voldaan", "Reason not met");

    public static FieldDefinition PvtVerwijtbaar { get; } = Choice("pvtVerwijtbaar", "Verwijtbaar niet voldaan", "Culpably not met", JaNeeChoices);

    public static FieldDefinition PvtDuoGeregistreerdOp { get; } = Date("pvtDuoGeregistreerdOp", "Geregistreerd in het DUO-portaal op", "Registered in the DUO portal on");

    // MAP
    public static FieldDefinition MapDatumEindgesprek { get; } = Date("mapDatumEindgesprek", "Datum eindgesprek MAP", "Date of the MAP final interview");

    public static FieldDefinition MapResultaat { get; } = Choice("mapResultaat", "Resultaat MAP", "MAP result", ResultaatChoices);

    public static FieldDefinition MapReden { get; } = Reden("mapRedenNietSuccesvolVoltooid", "Reden niet succesvol voltooid", "Reason not completed");

    public static FieldDefinition MapVerwijtbaar { get; } = Choice("mapVerwijtbaar", "Verwijtbaar", "Culpable", JaNeeChoices);

    public static FieldDefinition MapDuoGeregistreerdOp { get; } = Date("mapDuoGeregistreerdOp", "Geregistreerd in het DUO-portaal op", "Registered in the DUO portal on");

    // Exams
    public static FieldDefinition ExamenOnderdeel { get; } = Choice("examenOnderdeel", "Examenonderdeel", "Exam part", OnderdeelChoices);

    public static FieldDefinition Examendatum { get; } = Date("examendatum", "Examendatum", "Exam date");

    public static FieldDefinition ExamenNiveau { get; } = Choice("examenNiveau", "Niveau", "Level", NiveauChoices);

    public static FieldDefinition ExamenResultaatField { get; } = Choice("examenResultaat", "Resultaat", "Result", ExamenUitkomstChoices);

    public static FieldDefinition ExamenScore { get; } = new("examenScore", new LocalizedText("Score", "Score"), FieldType.Number) { Minimum = 0 };

    // Z-route
    public static FieldDefinition ZRouteDatumEindgesprek { get; } = Date("zrouteDatumEindgesprek", "Datum eindgesprek Z-route", "Date of the Z-route final interview");

    public static FieldDefinition ZRouteResultaat { get; } = Choice("zrouteResultaat", "Resultaat eindgesprek", "Result of the final interview", ResultaatChoices);

    // Onderwijsroute
    public static FieldDefinition Instelling { get; } = new("instelling", new LocalizedText("Instelling", "School"), FieldType.Text) { MaxLength = 200 };

    public static FieldDefinition Opleiding { get; } = new("opleiding", new LocalizedText("Opleiding", "Programme"), FieldType.Text) { MaxLength = 200 };

    public static FieldDefinition TaalschakeltrajectStart { get; } = Date("taalschakeltrajectStart", "Start taalschakeltraject", "Start of the bridging programme");

    public static FieldDefinition TaalschakeltrajectEinde { get; } = Date("taalschakeltrajectEinde", "Einde taalschakeltraject", "End of the bridging programme");

    public static FieldDefinition DatumDiploma { get; } = Date("datumDiploma", "Datum diploma", "Diploma date");

    private static FieldDefinition Date(string key, string nl, string en) => new(key, new LocalizedText(nl, en), FieldType.Date);

    private static FieldDefinition Choice(string key, string nl, string en, IReadOnlyList<ChoiceOption> choices) =>
        new(key, new LocalizedText(nl, en), FieldType.Choice) { Choices = choices };

    private static FieldDefinition Reden(string key, string nl, string en) =>
        new(key, new LocalizedText(nl, en), FieldType.MultilineText) { MaxLength = DossierFields.ReasonMaxLength };
}
