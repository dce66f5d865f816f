using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Uren;
using F = Inburgering.Plugin.Voortgang.VoortgangFields;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The sections of the voortgang screen.</summary>
internal static class VoortgangSecties
{
    private static readonly (string Code, LocalizedText Label)[] s_drempels =
    [
        ("afschalen", new("Afschalen naar A2: NT2-uren met keurmerk, online hooguit evenveel als fysiek", "Scaling down to A2: NT2 hours with quality mark, online at most as many as in person")),
        ("afschalenFysiek", new("Afschalen naar A2: waarvan fysiek met keurmerk (de helft)", "Scaling down to A2: of which in person with quality mark (half)")),
        ("zrouteCursus", new("Z-route: cursusuren (NT2, alfabetisering, KNM)", "Z-route: course hours (NT2, literacy, KNM)")),
        ("zrouteParticipatie", new("Z-route: participatie-uren voor deze doelgroep", "Z-route: participation hours for this target group")),
        ("pvt", new("PVT: minimum van de gemeente", "PVT: the municipality's minimum")),
        ("map", new("MAP: praktijkuren", "MAP: practical hours")),
    ];

    private static readonly FieldDefinition s_drempel = new("drempel", new LocalizedText("Drempel", "Threshold"), FieldType.Choice)
    {
        Choices = [.. s_drempels.Select(d => new ChoiceOption(d.Code, d.Label))],
        Privacy = PrivacyClass.Normal,
    };
    private static readonly FieldDefinition s_gevolgd = Column("gevolgd", "Gevolgd (uren)", "Followed (hours)", FieldType.Number);
    private static readonly FieldDefinition s_nodig = Column("nodig", "Nodig (uren)", "Needed (hours)", FieldType.Number);
    private static readonly FieldDefinition s_bereikt = Column("bereikt", "Bereikt", "Reached", FieldType.Boolean);
    private static readonly FieldDefinition s_metKeurmerkUren = Column("urenMetKeurmerk", "Waarvan met keurmerk", "Of which with quality mark", FieldType.Number);
    private static readonly FieldDefinition[] s_aanwezigheid =
    [
        Column("aanwezigheidOnderdeel", "Onderdeel", "Component", FieldType.Text),
        Column("aanwezigheidAanbieder", "Aanbieder", "Provider", FieldType.Text),
        Column("aanwezigheidTotEnMet", "Geleverd t/m", "Delivered up to", FieldType.Date),
        Column("aanwezigheidAangeboden", "Aangeboden (uren)", "Offered (hours)", FieldType.Number),
        Column("aanwezigheidFysiek", "Gevolgd fysiek", "Attended in person", FieldType.Number),
        Column("aanwezigheidOnline", "Gevolgd online", "Attended online", FieldType.Number),
        Column("aanwezigheidGeoorloofd", "Geoorloofd verzuim", "Authorised absence", FieldType.Number),
        Column("aanwezigheidOngeoorloofd", "Ongeoorloofd verzuim", "Unauthorised absence", FieldType.Number),
        Column("aanwezigheidLezen", "Niveau lezen", "Reading level", FieldType.Text),
        Column("aanwezigheidLuisteren", "Niveau luisteren", "Listening level", FieldType.Text),
        Column("aanwezigheidSpreken", "Niveau spreken", "Speaking level", FieldType.Text),
        Column("aanwezigheidSchrijven", "Niveau schrijven", "Writing level", FieldType.Text),
    ];
    private static readonly FieldDefinition s_afgerond = Column("afgerond", "Afgerond", "Completed", FieldType.Boolean);

    /// <summary>Which onderdelen are completed, and whether the obligation is met.</summary>
    public static ScreenSection Stand(VoortgangStand stand, PipLeerroute? leerroute)
    {
        ArgumentNullException.ThrowIfNull(stand);

        var elements = new List<ScreenElement>();
        if (leerroute is null)
        {
            elements.Add(new TextElement(new LocalizedText(
                "De leerroute is nog niet bekend uit het PIP; daarom staat niet vast of de leerroute is afgerond en of de MAP nodig is.",
                "The learning route is not yet known from the PIP, so it is open whether the learning route is completed and whether the MAP is needed.")));
        }

        elements.Add(new FieldElement(Column("pvtAfgerond", "PVT afgerond", "PVT completed", FieldType.Boolean), stand.PvtAfgerond));
        elements.Add(stand.MapVereist == false
            ? new TextElement(new LocalizedText("De onderwijsroute heeft geen MAP.", "The education route has no MAP."))
            : new FieldElement(Column("mapAfgerond", "MAP afgerond", "MAP completed", FieldType.Boolean), stand.MapAfgerond));
        elements.Add(new FieldElement(Column("leerrouteAfgerond", "Leerroute afgerond", "Learning route completed", FieldType.Boolean), stand.LeerrouteAfgerond));
        if (stand.OntbrekendeExamens.Count > 0)
        {
            elements.Add(new FieldElement(
                Column("ontbrekendeExamens", "Nog te behalen examens", "Exams still to pass", FieldType.Text),
                string.Join(", ", stand.OntbrekendeExamens)));
        }

        elements.Add(new FieldElement(Column("voldaan", "Onderdelen voldaan", "Components met", FieldType.Boolean), stand.Voldaan));
        return new ScreenSection(new LocalizedText("Stand", "Status"), elements);
    }

    /// <summary>The hours per kind, and the hours against the thresholds of afschalen, the Z-route, the PVT and the MAP.</summary>
    public static ScreenSection Uren(VoortgangGegevens gegevens, UrenDoelen doelen)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        ArgumentNullException.ThrowIfNull(doelen);

        var uren = gegevens.Uren;
        var perSoort = Enum.GetValues<UrenSoort>()
            .Select(soort => new ListRow([soort.ToString(), uren.Van(soort), uren.MetKeurmerk(soort)], null))
            .ToList();

        var participatieDoel = doelen.ZRouteParticipatie(gegevens.Doelgroep);
        var fysiek = uren.MetKeurmerk(UrenSoort.Nt2Fysiek);
        List<ListRow> drempels =
        [
            Drempel("afschalen", uren.Nt2VoorAfschalen, UrenDrempels.Afschalen),
            Drempel("afschalenFysiek", fysiek, UrenDrempels.Afschalen / 2),
            Drempel("zrouteCursus", uren.ZRouteCursus, doelen.ZRouteCursus),
            Drempel("zrouteParticipatie", uren.Van(UrenSoort.Participatie), participatieDoel),
            Drempel("pvt", uren.Van(UrenSoort.Pvt), doelen.PvtMinimum),
            Drempel("map", uren.Van(UrenSoort.MapPraktijk), UrenDrempels.MapPraktijk),
        ];

        return new ScreenSection(
            new LocalizedText("Uren", "Hours"),
            [
                new ListElement([F.Soort, F.Uren, s_metKeurmerkUren], perSoort),
                new ListElement([s_drempel, s_gevolgd, s_nodig, s_bereikt], drempels),
                new TextElement(new LocalizedText(
                    "Het minimum voor het PVT is een instelling van de gemeente; de wet bevestigt de gangbare 12 uur niet.",
                    "The PVT minimum is a municipal setting; the law does not confirm the usual 12 hours.")),
            ]);
    }

    /// <summary>The recorded hours, newest period first, 50 per page.</summary>
    public static ScreenSection Urenregels(UrenregelPagina pagina)
    {
        ArgumentNullException.ThrowIfNull(pagina);

        var rows = pagina.Regels
            .Select(r => new ListRow([VerwijderUrenAction.RegelnummerVan(r), r.Soort.ToString(), r.PeriodeVan, r.PeriodeTot, r.Uren, r.MetKeurmerk, r.Aanbieder], null))
            .ToList();

        return new ScreenSection(
            new LocalizedText("Vastgelegde uren", "Recorded hours"),
            [
                new ListElement([F.Regelnummer, F.Soort, F.PeriodeVan, F.PeriodeTot, F.Uren, F.MetKeurmerk, F.Aanbieder], rows)
                {
                    EmptyText = new LocalizedText("Er zijn nog geen uren vastgelegd.", "No hours have been recorded yet."),
                    NextPage = pagina.Volgende,
                },
            ]);
    }

    /// <summary>The attendance and latest levels aanbieders delivered, per onderdeel and aanbieder.</summary>
    public static ScreenSection Aanwezigheid(IReadOnlyList<AanwezigheidPerAanbieder> aanwezigheid)
    {
        ArgumentNullException.ThrowIfNull(aanwezigheid);

        var rows = aanwezigheid
            .Select(a => new ListRow(
                [
                    LeveringCodes.Code(a.Onderdeel), a.Aanbieder, a.TotEnMet, a.Aangeboden, a.GevolgdFysiek, a.GevolgdOnline,
                    a.GeoorloofdVerzuim, a.OngeoorloofdVerzuim, a.Lezen?.ToString(), a.Luisteren?.ToString(), a.Spreken?.ToString(), a.Schrijven?.ToString(),
                ],
                null))
            .ToList();

        return new ScreenSection(
            new LocalizedText("Aanwezigheid volgens aanbieders", "Attendance reported by providers"),
            [
                new ListElement(s_aanwezigheid, rows)
                {
                    EmptyText = new LocalizedText("Er zijn nog geen leveringen van aanbieders.", "No provider has delivered attendance yet."),
                },
            ]);
    }

    public static ScreenSection Knm(KnmOnderdeel? knm) =>
        new(
            new LocalizedText("KNM", "Knowledge of Dutch society"),
            [
                new FieldElement(F.KnmStatusField, (knm?.Status ?? KnmStatus.NietGestart).ToString()),
                new FieldElement(F.KnmExamendatum, knm?.Examendatum),
                new FieldElement(F.KnmExamenresultaat, knm?.Examenresultaat?.ToString()),
            ]);

    public static ScreenSection Pvt(PvtOnderdeel? pvt, UrenTotalen uren, UrenDoelen doelen)
    {
        ArgumentNullException.ThrowIfNull(uren);
        ArgumentNullException.ThrowIfNull(doelen);

        return new ScreenSection(
            new LocalizedText("PVT (participatieverklaringstraject)", "PVT (participation statement trajectory)"),
            [
                new FieldElement(Column("pvtUren", "Gevolgde uren PVT", "PVT hours followed", FieldType.Number), uren.Van(UrenSoort.Pvt)),
                new FieldElement(Column("pvtMinimum", "Minimum uren PVT", "Minimum PVT hours", FieldType.Number), doelen.PvtMinimum),
                new FieldElement(F.PvtDatumOndertekening, pvt?.DatumOndertekening),
                new FieldElement(F.PvtResultaat, pvt?.Resultaat?.ToString()),
                new FieldElement(F.PvtRedenNietVoldaan, pvt?.RedenNietVoldaan),
                new FieldElement(F.PvtVerwijtbaar, JaNee(pvt?.VerwijtbaarNietVoldaan)),
                new FieldElement(F.PvtDuoGeregistreerdOp, pvt?.DuoGeregistreerdOp),
            ]);
    }

    public static ScreenSection Map(MapOnderdeel? map, UrenTotalen uren, PipLeerroute? leerroute)
    {
        ArgumentNullException.ThrowIfNull(uren);

        var title = new LocalizedText("MAP (Module Arbeidsmarkt en Participatie)", "MAP (labour market and participation module)");
        if (!LeerrouteOnderdelen.HeeftMap(leerroute?.Leerroute))
        {
            return new ScreenSection(title, [new TextElement(new LocalizedText("De onderwijsroute heeft geen MAP.", "The education route has no MAP."))]);
        }

        return new ScreenSection(
            title,
            [
                new FieldElement(Column("mapPraktijkuren", "Praktijkuren MAP", "MAP practical hours", FieldType.Number), uren.Van(UrenSoort.MapPraktijk)),
                new FieldElement(F.MapDatumEindgesprek, map?.DatumEindgesprek),
                new FieldElement(F.MapResultaat, map?.Resultaat?.ToString()),
                new FieldElement(F.MapReden, map?.RedenNietSuccesvolVoltooid),
                new FieldElement(F.MapVerwijtbaar, JaNee(map?.IndicatorVerwijtbaar)),
                new FieldElement(F.MapDuoGeregistreerdOp, map?.DuoGeregistreerdOp),
            ]);
    }

    /// <summary>The exam results, latest exam first.</summary>
    public static ScreenSection Examens(IReadOnlyList<Examenresultaat> examens)
    {
        ArgumentNullException.ThrowIfNull(examens);

        var rows = examens
            .Select(e => new ListRow([e.Onderdeel.ToString(), e.Examendatum, e.Niveau.ToString(), e.Resultaat.ToString(), e.Score], null))
            .ToList();

        return new ScreenSection(
            new LocalizedText("Examens", "Exams"),
            [
                new ListElement([F.ExamenOnderdeel, F.Examendatum, F.ExamenNiveau, F.ExamenResultaatField, F.ExamenScore], rows)
                {
                    EmptyText = new LocalizedText("Er zijn nog geen examenresultaten vastgelegd.", "No exam results have been recorded yet."),
                },
            ]);
    }

    public static ScreenSection ZRoute(VoortgangGegevens gegevens, UrenDoelen doelen)
    {
        ArgumentNullException.ThrowIfNull(gegevens);
        ArgumentNullException.ThrowIfNull(doelen);

        return new ScreenSection(
            new LocalizedText("Z-route", "Z-route"),
            [
                new FieldElement(Column("zrouteCursusuren", "Cursusuren", "Course hours", FieldType.Number), gegevens.Uren.ZRouteCursus),
                new FieldElement(Column("zrouteParticipatieuren", "Participatie-uren", "Participation hours", FieldType.Number), gegevens.Uren.Van(UrenSoort.Participatie)),
                new FieldElement(F.ZRouteDatumEindgesprek, gegevens.ZRouteEindgesprek?.Datum),
                new FieldElement(F.ZRouteResultaat, gegevens.ZRouteEindgesprek?.Resultaat.ToString()),
            ]);
    }

    public static ScreenSection Onderwijsroute(OnderwijsrouteTraject? traject) =>
        new(
            new LocalizedText("Onderwijsroute", "Education route"),
            [
                new FieldElement(F.Instelling, traject?.Instelling),
                new FieldElement(F.Opleiding, traject?.Opleiding),
                new FieldElement(F.TaalschakeltrajectStart, traject?.TaalschakeltrajectStart),
                new FieldElement(F.TaalschakeltrajectEinde, traject?.TaalschakeltrajectEinde),
                new FieldElement(F.DatumDiploma, traject?.DatumDiploma),
            ]);

    private static ListRow Drempel(string code, decimal gevolgd, decimal nodig) =>
        new([code, gevolgd, nodig, gevolgd >= nodig], null);

    private static FieldDefinition Column(string key, string nl, string en, FieldType type) => new(key, new LocalizedText(nl, en), type);

    private static string? JaNee(bool? value) => value switch
    {
        true => "Ja",
        false => "Nee",
        null => null,
    };
}
