using Host.Abstractions;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Handhaving;

/// <summary>The fields of the handhaving section and its actions.</summary>
internal static class HandhavingFields
{
    private static readonly LocalizedText s_dateHint = new("Als dd-mm-jjjj, bijvoorbeeld 04-12-2026.", "As dd-mm-yyyy, for example 04-12-2026.");

    public static FieldDefinition Soort { get; } =
        new("feitSoort", new LocalizedText("Feit", "Fact"), FieldType.Choice)
        {
            Choices =
            [
                new(nameof(HandhavingFeitSoort.NietDeelgenomenBredeIntake), new LocalizedText("Niet deelgenomen aan de brede intake", "Did not take part in the broad intake")),
                new(nameof(HandhavingFeitSoort.PipVerwijtbaarNietNagekomen), new LocalizedText("PIP verwijtbaar niet nagekomen", "PIP culpably not met")),
                new(nameof(HandhavingFeitSoort.UitzonderlijkGeval), new LocalizedText("Uitzonderlijk geval (asielstatushouder)", "Exceptional case (asylum permit holder)")),
            ],
        };

    public static FieldDefinition Datum { get; } =
        new("datum", new LocalizedText("Datum", "Date"), FieldType.Date) { Required = true, Hint = s_dateHint };

    public static FieldDefinition Uitnodigingsdatum { get; } = Datum with
    {
        Label = new LocalizedText("Datum van de (laatste) uitnodiging", "Date of the (last) invitation"),
        Hint = new LocalizedText(
            "De dag van de laatste uitnodiging voor de brede intake, als dd-mm-jjjj; noem eerdere uitnodigingen in de notitie.",
            "The day of the last invitation to the broad intake, as dd-mm-yyyy; name earlier invitations in the note."),
    };

    public static FieldDefinition Verplichting { get; } =
        new("verplichting", new LocalizedText("Verplichting", "Obligation"), FieldType.Choice)
        {
            Choices =
            [
                new(nameof(PipVerplichting.Leerroute), new LocalizedText("Leerroute (zoals de taallessen)", "Learning route (such as the language lessons)")),
                new(nameof(PipVerplichting.Knm), new LocalizedText("KNM", "KNM")),
                new(nameof(PipVerplichting.Pvt), new LocalizedText("PVT", "PVT")),
                new(nameof(PipVerplichting.Map), new LocalizedText("MAP", "MAP")),
                new(nameof(PipVerplichting.Afspraak), new LocalizedText("Voortgangsgesprek of andere afspraak", "Progress meeting or other appointment")),
                new(nameof(PipVerplichting.ParticipatiewetOnderdeel), new LocalizedText("Onderdeel onder de Participatiewet", "Part under the Participation Act")),
                new(nameof(PipVerplichting.Anders), new LocalizedText("Anders", "Other")),
            ],
        };

    public static FieldDefinition Omschrijving { get; } =
        new("omschrijving", new LocalizedText("Omschrijving", "Description"), FieldType.MultilineText) { MaxLength = TermijnFields.ToelichtingMaxLength };

    public static FieldDefinition Maatregel { get; } =
        new("maatregel", new LocalizedText("Maatregel", "Measure"), FieldType.Choice)
        {
            Choices =
            [
                new(nameof(Handhaving.Maatregel.BoeteBredeIntake), new LocalizedText("Boete niet deelnemen brede intake (€ 250)", "Fine for not taking part in the broad intake (€250)")),
                new(nameof(Handhaving.Maatregel.BoetePip), new LocalizedText("Boete PIP verwijtbaar niet nagekomen (ten hoogste € 800)", "Fine for culpably breaching the PIP (at most €800)")),
                new(nameof(Handhaving.Maatregel.Participatiewetmaatregel), new LocalizedText("Maatregel Participatiewet", "Participation Act measure")),
            ],
        };

    /// <summary>The measure of a decision: only the two fines; a Participatiewet measure is decided elsewhere.</summary>
    public static FieldDefinition Boete { get; } = Maatregel with
    {
        Required = true,
        Choices = [.. Maatregel.Choices.Where(c => c.Code != nameof(Handhaving.Maatregel.Participatiewetmaatregel))],
    };

    public static FieldDefinition Uitkomst { get; } =
        new("uitkomst", new LocalizedText("Besluit", "Decision"), FieldType.Choice)
        {
            Required = true,
            Choices =
            [
                new(nameof(BesluitUitkomst.Opgelegd), new LocalizedText("Opgelegd", "Imposed")),
                new(nameof(BesluitUitkomst.Afgezien), new LocalizedText("Afgezien", "Decided against")),
            ],
        };

    public static FieldDefinition Bedrag { get; } =
        new("bedrag", new LocalizedText("Bedrag in euro", "Amount in euros"), FieldType.Number)
        {
            Minimum = 0,
            Maximum = MaatregelAdvies.MaximumBoetePip,
            Hint = new LocalizedText("Alleen bij opleggen: € 250 voor de brede intake, ten hoogste € 800 voor het PIP.", "Only when imposed: €250 for the broad intake, at most €800 for the PIP."),
        };

    public static FieldDefinition Besluitdatum { get; } =
        new("besluitdatum", new LocalizedText("Besluitdatum", "Decision date"), FieldType.Date) { Required = true, Hint = s_dateHint };

    public static FieldDefinition Reden { get; } =
        new("reden", new LocalizedText("Reden", "Reason"), FieldType.MultilineText)
        {
            MaxLength = TermijnFields.ToelichtingMaxLength,
            Hint = new LocalizedText("Verplicht bij afzien van de boete.", "Required when deciding against the fine."),
        };
}
