using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.Termijn;

/// <summary>The fields of the termijn screen and its actions.</summary>
internal static class TermijnFields
{
    /// <summary>The maximum length of a typed explanation.</summary>
    public const int ToelichtingMaxLength = 500;

    public static FieldDefinition DagtekeningEerstePip { get; } =
        new("dagtekeningEerstePip", new LocalizedText("Dagtekening eerste PIP", "Date of the first PIP"), FieldType.Date);

    public static FieldDefinition Start { get; } =
        new("termijnStart", new LocalizedText("Eerste dag van de termijn", "First day of the term"), FieldType.Date);

    public static FieldDefinition LaatsteDag { get; } =
        new("laatsteDag", new LocalizedText("Laatste dag zonder verlenging", "Last day without extension"), FieldType.Date);

    public static FieldDefinition LaatsteSchakeldag { get; } =
        new("laatsteSchakeldag", new LocalizedText("Laatste dag om te schakelen", "Last day to switch route"), FieldType.Date);

    public static FieldDefinition EffectieveLaatsteDag { get; } =
        new("effectieveLaatsteDag", new LocalizedText("Laatste dag van de termijn", "Last day of the term"), FieldType.Date);

    public static FieldDefinition Volgnummer { get; } =
        new("volgnummer", new LocalizedText("Nr.", "No."), FieldType.Number) { Privacy = PrivacyClass.Normal };

    public static FieldDefinition Besluitdatum { get; } =
        new("besluitdatum", new LocalizedText("Besluitdatum", "Decision date"), FieldType.Date)
        {
            Required = true,
            Hint = new LocalizedText("Als dd-mm-jjjj, bijvoorbeeld 04-12-2026.", "As dd-mm-yyyy, for example 04-12-2026."),
        };

    public static FieldDefinition Beslisser { get; } =
        new("beslisser", new LocalizedText("Besloten door", "Decided by"), FieldType.Choice)
        {
            Required = true,
            Choices =
            [
                new(nameof(VerlengingBeslisser.Duo), new LocalizedText("DUO", "DUO")),
                new(nameof(VerlengingBeslisser.Gemeente), new LocalizedText("Gemeente", "Municipality")),
            ],
        };

    public static FieldDefinition BeslisserNaam { get; } =
        new("beslisserNaam", new LocalizedText("Naam medewerker of organisatie", "Name of the employee or organisation"), FieldType.Text)
        {
            Required = true,
            MaxLength = 200,
        };

    public static FieldDefinition VerlengingsGrond { get; } =
        new("verlengingsGrond", new LocalizedText("Grond", "Ground"), FieldType.Choice)
        {
            Required = true,
            Choices =
            [
                new(nameof(Termijn.VerlengingsGrond.AlfabetiseringEerst), new LocalizedText("Eerst alfabetisering", "Literacy course first")),
                new(nameof(Termijn.VerlengingsGrond.OnderwijsGevolgd), new LocalizedText("Onderwijs gevolgd", "Followed education")),
                new(nameof(Termijn.VerlengingsGrond.Ziekte), new LocalizedText("Ziekte", "Illness")),
                new(nameof(Termijn.VerlengingsGrond.OverlijdenInFamilie), new LocalizedText("Overlijden in de familie", "Death in the family")),
                new(nameof(Termijn.VerlengingsGrond.Bevalling), new LocalizedText("Bevalling", "Childbirth")),
                new(nameof(Termijn.VerlengingsGrond.DakloosheidOfOpvang), new LocalizedText("Dakloosheid of opvang", "Homelessness or shelter")),
                new(nameof(Termijn.VerlengingsGrond.GeenTijdigAanbodGemeente), new LocalizedText("Gemeente bood niet tijdig een aanbod", "Municipality did not offer a course in time")),
                new(nameof(Termijn.VerlengingsGrond.ProblemenMetSchool), new LocalizedText("Problemen met de school", "Problems with the school")),
                new(nameof(Termijn.VerlengingsGrond.VeelUrenEnTweeExamens), new LocalizedText("Veel uren gevolgd en minstens 2 van 4 examens gehaald", "Many hours followed and at least 2 of 4 exams passed")),
                new(nameof(Termijn.VerlengingsGrond.Anders), new LocalizedText("Anders", "Other")),
            ],
        };

    public static FieldDefinition Toelichting { get; } =
        new("toelichting", new LocalizedText("Toelichting", "Explanation"), FieldType.MultilineText) { MaxLength = ToelichtingMaxLength };

    public static FieldDefinition NieuweLaatsteDag { get; } =
        new("nieuweLaatsteDag", new LocalizedText("Nieuwe laatste dag van de termijn", "New last day of the term"), FieldType.Date)
        {
            Required = true,
            Hint = new LocalizedText("Na de huidige laatste dag, als dd-mm-jjjj.", "After the current last day, as dd-mm-yyyy."),
        };

    public static FieldDefinition VastgesteldOp { get; } =
        new("vastgesteldOp", new LocalizedText("Vastgesteld op", "Established on"), FieldType.Date) { Required = true };

    public static FieldDefinition GeenVerwijtGrond { get; } =
        new("geenVerwijtGrond", new LocalizedText("Aangewezen onderwijs", "Designated education"), FieldType.Choice)
        {
            Required = true,
            Choices =
            [
                new(nameof(Termijn.GeenVerwijtGrond.Praktijkonderwijs), new LocalizedText("Praktijkonderwijs", "Practical education")),
                new(nameof(Termijn.GeenVerwijtGrond.VoortgezetSpeciaalOnderwijs), new LocalizedText("Voortgezet speciaal onderwijs (aangewezen profiel)", "Secondary special education (designated profile)")),
                new(nameof(Termijn.GeenVerwijtGrond.Entreeopleiding), new LocalizedText("Entreeopleiding (mbo niveau 1)", "Entry course (mbo level 1)")),
                new(nameof(Termijn.GeenVerwijtGrond.Anders), new LocalizedText("Ander aangewezen onderwijs", "Other designated education")),
            ],
        };

    public static FieldDefinition OntheffingSoort { get; } =
        new("ontheffingSoort", new LocalizedText("Soort", "Kind"), FieldType.Choice)
        {
            Choices =
            [
                new(nameof(Termijn.OntheffingSoort.Ontheffing), new LocalizedText("Ontheffing", "Dispensation")),
                new(nameof(Termijn.OntheffingSoort.Vrijstelling), new LocalizedText("Vrijstelling", "Exemption")),
            ],
        };

    private static readonly Dictionary<Termijn.OntheffingGrond, LocalizedText> s_ontheffingGronden = new()
    {
        [Termijn.OntheffingGrond.MedischOfPsychisch] = new("Medisch of psychisch", "Medical or psychological"),
        [Termijn.OntheffingGrond.AantoonbareInspanning] = new("Aantoonbare inspanning", "Demonstrable effort"),
        [Termijn.OntheffingGrond.Diploma] = new("Diploma", "Diploma"),
        [Termijn.OntheffingGrond.AchtJaarInNederlandOpSchoolleeftijd] = new("Minstens 8 jaar in Nederland op leerplichtige leeftijd", "At least 8 years in the Netherlands at school age"),
        [Termijn.OntheffingGrond.Anders] = new("Anders", "Other"),
    };

    /// <summary>
    /// The ground of an ontheffing or vrijstelling. A medical ground is a health fact, so the field is special category.
    /// </summary>
    public static FieldDefinition OntheffingGrond { get; } = GrondField("ontheffingGrond", Termijn.OntheffingSoort.Ontheffing);

    public static FieldDefinition VrijstellingGrond { get; } = GrondField("vrijstellingGrond", Termijn.OntheffingSoort.Vrijstelling);

    /// <summary>The ground column of the list of ontheffingen and vrijstellingen.</summary>
    public static FieldDefinition Grond { get; } =
        new("grond", new LocalizedText("Grond", "Ground"), FieldType.Choice)
        {
            Choices = [.. s_ontheffingGronden.Select(g => new ChoiceOption(g.Key.ToString(), g.Value))],
            Privacy = PrivacyClass.SpecialCategory,
            ViewPermission = InburgeringPermissions.Gezondheid,
            EditPermission = InburgeringPermissions.Gezondheid,
        };

    public static FieldDefinition VoldaanOp { get; } =
        new("voldaanOp", new LocalizedText("Voldaan op", "Met on"), FieldType.Date)
        {
            Required = true,
            Hint = new LocalizedText("De dag waarop het laatste onderdeel is afgerond; niet in de toekomst.", "The day the last part was completed; not in the future."),
        };

    // NOTE: only users with the Gezondheid permission can fill in the ground of an ontheffing, so only they can record
    // one. The consulent has both permissions by default.
    private static FieldDefinition GrondField(string key, Termijn.OntheffingSoort soort) =>
        new(key, new LocalizedText("Grond", "Ground"), FieldType.Choice)
        {
            Required = true,
            Choices = [.. OntheffingGronden.Voor(soort).Select(g => new ChoiceOption(g.ToString(), s_ontheffingGronden[g]))],
            Privacy = soort == Termijn.OntheffingSoort.Ontheffing ? PrivacyClass.SpecialCategory : PrivacyClass.Sensitive,
            ViewPermission = soort == Termijn.OntheffingSoort.Ontheffing ? InburgeringPermissions.Gezondheid : null,
            EditPermission = soort == Termijn.OntheffingSoort.Ontheffing ? InburgeringPermissions.Gezondheid : null,
        };
}
