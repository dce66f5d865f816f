using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Overdracht;

/// <summary>The sections of the overdracht screen that show a package, one per part, with every field it carries.</summary>
internal static class OverdrachtPakketSecties
{
    private static readonly FieldDefinition s_naam = Veld("naam", "Naam", "Name", FieldType.Text, PrivacyClass.Sensitive);
    private static readonly FieldDefinition s_bsn = Veld("bsn", "BSN", "BSN", FieldType.Text, PrivacyClass.Sensitive);
    private static readonly FieldDefinition s_vnummer = Veld("vNummer", "V-nummer", "V-number", FieldType.Text, PrivacyClass.Sensitive);
    private static readonly FieldDefinition s_geboortedatum = Veld("geboortedatum", "Geboortedatum (BRP-vorm jjjjmmdd)", "Date of birth (BRP form yyyymmdd)", FieldType.Text, PrivacyClass.Sensitive);
    private static readonly FieldDefinition s_doelgroep = Veld("doelgroep", "Doelgroep", "Target group", FieldType.Text);
    private static readonly FieldDefinition s_wetRegime = Veld("wetRegime", "Wet", "Law", FieldType.Text);
    private static readonly FieldDefinition s_koppeldatum = Veld("koppeldatum", "Koppeldatum bij de afzender", "Link date at the sender", FieldType.Date);
    private static readonly FieldDefinition s_leerroute = Veld("leerroute", "Leerroute (blijft gelijk)", "Learning route (stays the same)", FieldType.Choice) with
    {
        Choices = LeerrouteNames.Choices,
    };
    private static readonly FieldDefinition s_dagtekening = Veld("dagtekeningEerstePip", "Dagtekening eerste PIP", "Date of the first PIP", FieldType.Date);
    private static readonly FieldDefinition s_laatsteDag = Veld("laatsteDagTermijn", "Laatste dag inburgeringstermijn (zonder verlenging)", "Last day of the integration term (without extension)", FieldType.Date);
    private static readonly FieldDefinition s_versie = Veld("versie", "Versie", "Version", FieldType.Number);
    private static readonly FieldDefinition s_soort = Veld("soort", "Soort", "Kind", FieldType.Text);
    private static readonly FieldDefinition s_niveau = Veld("niveau", "Niveau", "Level", FieldType.Text);
    private static readonly FieldDefinition s_datum = Veld("datum", "Datum", "Date", FieldType.Date);
    private static readonly FieldDefinition s_van = Veld("van", "Van", "From", FieldType.Date);
    private static readonly FieldDefinition s_tot = Veld("tot", "Tot en met", "Up to and including", FieldType.Date);
    private static readonly FieldDefinition s_uren = Veld("uren", "Uren", "Hours", FieldType.Number);
    private static readonly FieldDefinition s_keurmerk = Veld("metKeurmerk", "Met keurmerk", "With quality mark", FieldType.Boolean);
    private static readonly FieldDefinition s_aanbieder = Veld("aanbieder", "Aanbieder", "Course provider", FieldType.Text);
    private static readonly FieldDefinition s_resultaat = Veld("resultaat", "Resultaat", "Result", FieldType.Text);
    private static readonly FieldDefinition s_score = Veld("score", "Score", "Score", FieldType.Number);
    private static readonly FieldDefinition s_omschrijving = Veld("omschrijving", "Omschrijving", "Description", FieldType.Text);
    private static readonly FieldDefinition s_grond = Veld("grond", "Grond", "Ground", FieldType.Text);
    private static readonly FieldDefinition s_pvt = Veld("pvt", "Participatieverklaringstraject", "Participation statement programme", FieldType.Text);
    private static readonly FieldDefinition s_map = Veld("map", "Module arbeidsmarkt en participatie", "Labour market and participation module", FieldType.Text);
    private static readonly FieldDefinition s_knm = Veld("knm", "KNM", "KNM", FieldType.Text);
    private static readonly FieldDefinition s_intake = Veld("intake", "Samenvatting", "Summary", FieldType.MultilineText, PrivacyClass.Sensitive);
    private static readonly FieldDefinition s_lichamelijk = Gezondheid("gezondheidLichamelijk", "Lichamelijke gezondheid", "Physical health");
    private static readonly FieldDefinition s_psychisch = Gezondheid("gezondheidPsychisch", "Psychische gezondheid", "Mental health");
    private static readonly FieldDefinition s_gezondheidReden = Gezondheid("gezondheidRedenPakket", "Reden om mee te sturen", "Reason to include");

    /// <summary>Returns the sections of <paramref name="pakket"/>, in the order the receiver needs them.</summary>
    public static IEnumerable<ScreenSection> Voor(OverdrachtPakket pakket)
    {
        ArgumentNullException.ThrowIfNull(pakket);

        yield return Persoon(pakket);
        yield return Inburgering(pakket);
        yield return Lijst("PIP-versies (vastgesteld)", "PIP versions (adopted)", [s_versie, s_soort, s_datum, s_leerroute, s_niveau],
            pakket.PipVersies.Select(v => Rij(v.Versienummer, v.Soort, v.Dagtekening, v.Leerroute, v.Niveau)));
        yield return Intake(pakket);
        yield return new ScreenSection(new LocalizedText("Gezondheid", "Health"), pakket.Gezondheid is { } gezondheid
            ? [new FieldElement(s_gezondheidReden, gezondheid.Reden), new FieldElement(s_lichamelijk, gezondheid.Lichamelijk), new FieldElement(s_psychisch, gezondheid.Psychisch)]
            : [new TextElement(new LocalizedText("Er gaan geen gezondheidsgegevens mee.", "No health details go along."))]);
        yield return Lijst($"Uren (totaal {pakket.Uren.Sum(u => u.Uren):0.##})", $"Hours (total {pakket.Uren.Sum(u => u.Uren):0.##})", [s_soort, s_van, s_tot, s_uren, s_keurmerk, s_aanbieder],
            pakket.Uren.Select(u => Rij(u.Soort, u.PeriodeVan, u.PeriodeTot, u.Uren, u.MetKeurmerk, u.Aanbieder)));
        yield return new ScreenSection(new LocalizedText("PVT, MAP en KNM", "PVT, MAP and KNM"),
        [
            new FieldElement(s_pvt, Onderdeel(pakket.Pvt)),
            new FieldElement(s_map, Onderdeel(pakket.Map)),
            new FieldElement(s_knm, pakket.Knm is { } knm ? $"{knm.Status} {knm.Examenresultaat} {knm.Examendatum:yyyy-MM-dd}".Trim() : null),
        ]);
        yield return Lijst("Examens", "Exams", [s_soort, s_datum, s_niveau, s_resultaat, s_score],
            pakket.Examens.Select(e => Rij(e.Onderdeel, e.Examendatum, e.Niveau, e.Resultaat, e.Score)));
        yield return Lijst("Lopende afspraken", "Running agreements", [s_soort, s_omschrijving, s_van, s_tot],
            pakket.OpenAfspraken.Select(a => Rij(a.Soort, a.Omschrijving, a.Van, a.Tot)));
        yield return Lijst("Verlengingen van de termijn", "Extensions of the term", [s_tot, s_grond, s_datum],
            pakket.Verlengingen.Select(v => Rij(v.NieuweLaatsteDag, v.Grond, v.Besluitdatum)));
    }

    private static ScreenSection Persoon(OverdrachtPakket pakket) => new(
        new LocalizedText("Persoon", "Person"),
        [
            new FieldElement(s_naam, pakket.Inburgeraar.Naam),
            new FieldElement(s_bsn, pakket.Inburgeraar.Bsn),
            new FieldElement(s_vnummer, pakket.Inburgeraar.VNummer),
            new FieldElement(s_geboortedatum, pakket.Inburgeraar.Geboortedatum),
        ]);

    private static ScreenSection Inburgering(OverdrachtPakket pakket) => new(
        new LocalizedText("Inburgering", "Civic integration"),
        [
            new FieldElement(s_doelgroep, pakket.Inburgeraar.Doelgroep),
            new FieldElement(s_wetRegime, pakket.Inburgeraar.WetRegime),
            new FieldElement(s_koppeldatum, pakket.Inburgeraar.Koppeldatum),
            new FieldElement(s_leerroute, pakket.Leerroute),
            new FieldElement(s_dagtekening, pakket.DagtekeningEerstePip),
            new FieldElement(s_laatsteDag, pakket.DagtekeningEerstePip is { } dagtekening ? Inburgeringstermijn.Vanaf(dagtekening).LaatsteDag : null),
        ]);

    private static ScreenSection Intake(OverdrachtPakket pakket)
    {
        if (pakket.Intake is not { } intake)
        {
            return new ScreenSection(new LocalizedText("Brede intake", "Broad intake"),
                [new TextElement(new LocalizedText("De brede intake was niet afgerond; er gaat geen samenvatting mee.", "The broad intake was not completed; no summary goes along."))]);
        }

        var regels = new (string Naam, object? Waarde)[]
        {
            ("Afgerond op", intake.AfgerondOp.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("Zelfredzaamheid", intake.Zelfredzaamheid),
            ("Niveau Nederlands", intake.NiveauNederlands),
            ("Alfabetisering nodig", intake.AlfabetiseringNodig),
            ("Leerbaarheidstoets", $"{intake.LeerbaarheidstoetsAfname} {intake.LeerbaarheidstoetsScore}".Trim()),
            ("Opleiding herkomstland", intake.OpleidingHerkomstland),
            ("Werkervaring herkomstland", intake.WerkervaringHerkomstland),
            ("Digitale vaardigheden", intake.DigitaleVaardigheden),
            ("Tolk", intake.TolkNodig == true ? intake.TolkTaal ?? "ja" : null),
            ("Gekozen leerroute", intake.GekozenLeerroute),
            ("Afwijkingsreden", intake.Afwijkingsreden),
            ("Ontwikkelwensen", intake.Ontwikkelwensen),
        };
        var samenvatting = string.Join(Environment.NewLine, regels.Where(r => r.Waarde is not null and not "").Select(r => $"{r.Naam}: {r.Waarde}"));
        return new ScreenSection(new LocalizedText("Brede intake (samenvatting)", "Broad intake (summary)"), [new FieldElement(s_intake, samenvatting)]);
    }

    private static string? Onderdeel(OverdrachtOnderdeel? onderdeel) =>
        onderdeel is null ? null : $"{onderdeel.Resultaat ?? "loopt"} {onderdeel.Datum:yyyy-MM-dd}".Trim();

    private static ScreenSection Lijst(string nl, string en, IReadOnlyList<FieldDefinition> kolommen, IEnumerable<ListRow> rijen) =>
        new(new LocalizedText(nl, en), [new ListElement(kolommen, [.. rijen]) { EmptyText = new LocalizedText("Geen.", "None.") }]);

    private static ListRow Rij(params object?[] waarden) => new(waarden, null);

    private static FieldDefinition Veld(string key, string nl, string en, FieldType type, PrivacyClass privacy = PrivacyClass.Normal) =>
        new(key, new LocalizedText(nl, en), type) { Privacy = privacy };

    private static FieldDefinition Gezondheid(string key, string nl, string en) =>
        Veld(key, nl, en, FieldType.MultilineText, PrivacyClass.SpecialCategory) with
        {
            ViewPermission = InburgeringPermissions.Gezondheid,
            EditPermission = InburgeringPermissions.Gezondheid,
        };
}
