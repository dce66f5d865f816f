using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// The error messages for delivered values of the wrong form, in Dutch and English, shared by the file import, the
/// portal and the API. Each message starts with the line and the column, quotes the value and gives the fix.
/// </summary>
internal static class LeveringMeldingen
{
    /// <summary>The maximum length of a value quoted in a message or stored with an error; longer values are cut.</summary>
    public const int MaxWaardeLengte = 100;

    private static readonly CultureInfo s_nl = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly CultureInfo s_en = CultureInfo.GetCultureInfo("en-GB");

    public static LeveringFoutmelding Verplicht(int regel, string kolom)
    {
        var (nl, en) = kolom switch
        {
            LeveringKolommen.Bsn => ("Vul het BSN in, 9 cijfers.", "Enter the BSN, 9 digits."),
            LeveringKolommen.AanbiederKvk => ("Vul het KvK-nummer van de aanbieder in, 8 cijfers.", "Enter the aanbieder's KvK number, 8 digits."),
            LeveringKolommen.LeveringId => ("Vul het kenmerk van de levering in; elke regel van een levering heeft hetzelfde kenmerk.", "Enter the delivery's reference; every row of a delivery has the same reference."),
            LeveringKolommen.Onderdeel => ($"Vul de code van het onderdeel in: {OnderdeelCodes}.", $"Enter the code of the onderdeel: {OnderdeelCodes}."),
            LeveringKolommen.PeriodeVan or LeveringKolommen.PeriodeTot => (
                "Vul de datum in als jjjj-mm-dd, bijvoorbeeld 2026-10-31.",
                "Enter the date as yyyy-mm-dd, for example 2026-10-31."),
            _ when IsUrenKolom(kolom) => (
                "Vul het aantal uren in, bijvoorbeeld 12,5; vul 0 in als er geen uren waren.",
                "Enter the number of hours, for example 12.5; enter 0 when there were none."),
            _ => ("Vul een waarde in.", "Enter a value."),
        };

        return Fout(regel, kolom, null, LeveringFoutcodes.Verplicht, $"de waarde ontbreekt. {nl}", $"the value is missing. {en}");
    }

    public static LeveringFoutmelding TeLang(int regel, string kolom, string waarde, int maximum) => Fout(
        regel,
        kolom,
        waarde,
        LeveringFoutcodes.Lengte,
        $"'{Kort(waarde)}' is {waarde.Length} tekens lang; het maximum is {maximum}. Kort de waarde in.",
        $"'{Kort(waarde)}' is {waarde.Length} characters long; the maximum is {maximum}. Shorten the value.");

    public static LeveringFoutmelding GeenKvk(int regel, string waarde) => Fout(
        regel,
        LeveringKolommen.AanbiederKvk,
        waarde,
        LeveringFoutcodes.Kvk,
        $"'{Kort(waarde)}' is geen KvK-nummer. Een KvK-nummer heeft 8 cijfers, bijvoorbeeld 90059901.",
        $"'{Kort(waarde)}' is not a KvK number. A KvK number has 8 digits, for example 90059901.");

    public static LeveringFoutmelding GeenVestigingsnummer(int regel, string waarde) => Fout(
        regel,
        LeveringKolommen.Vestigingsnummer,
        waarde,
        LeveringFoutcodes.Vestigingsnummer,
        $"'{Kort(waarde)}' is geen vestigingsnummer. Een vestigingsnummer heeft 12 cijfers, bijvoorbeeld 000012345678; laat de kolom leeg als de levering niet voor één vestiging is.",
        $"'{Kort(waarde)}' is not a vestigingsnummer (branch number). It has 12 digits, for example 000012345678; leave the column empty when the delivery is not for one branch.");

    public static LeveringFoutmelding GeenBsn(int regel, string waarde, BsnError fout)
    {
        // The shared text for a failed elfproef starts by calling the BSN invalid, and this message already does.
        var uitleg = fout == BsnError.CheckDigit
            ? new LocalizedText(
                "Het nummer voldoet niet aan de elfproef. Controleer of u een cijfer verkeerd hebt overgenomen.",
                "The number fails the elfproef (the BSN check digit test). Check for a mistyped digit.")
            : BsnErrorMessages.For(fout);
        return Fout(
            regel,
            LeveringKolommen.Bsn,
            waarde,
            LeveringFoutcodes.Bsn,
            $"'{Kort(waarde)}' is geen geldig BSN. {uitleg.Nl}",
            $"'{Kort(waarde)}' is not a valid BSN. {uitleg.En}");
    }

    public static LeveringFoutmelding GeenDatum(int regel, string kolom, string waarde) => Fout(
        regel,
        kolom,
        waarde,
        LeveringFoutcodes.Datum,
        $"'{Kort(waarde)}' is geen datum. Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2026-02-28.",
        $"'{Kort(waarde)}' is not a date. Write the date as yyyy-mm-dd, for example 2026-02-28.");

    public static LeveringFoutmelding PeriodeOmgekeerd(int regel, string waarde, DateOnly periodeVan) => Fout(
        regel,
        LeveringKolommen.PeriodeTot,
        waarde,
        LeveringFoutcodes.Periode,
        $"'{Kort(waarde)}' ligt vóór periode_van {Iso(periodeVan)}. Vul de laatste dag van de periode in, op of na periode_van.",
        $"'{Kort(waarde)}' is before periode_van {Iso(periodeVan)}. Enter the last day of the period, on or after periode_van.");

    public static LeveringFoutmelding PeriodeTeLang(int regel, string waarde, DateOnly periodeVan, DateOnly uiterlijk) => Fout(
        regel,
        LeveringKolommen.PeriodeTot,
        waarde,
        LeveringFoutcodes.Periode,
        $"de periode van {Iso(periodeVan)} tot en met '{Kort(waarde)}' is langer dan een jaar. Lever per periode van hoogstens een jaar aan: periode_tot uiterlijk {Iso(uiterlijk)}.",
        $"the period from {Iso(periodeVan)} to '{Kort(waarde)}' inclusive is longer than one year. Deliver periods of at most one year: periode_tot on {Iso(uiterlijk)} at the latest.");

    public static LeveringFoutmelding InDeToekomst(int regel, string kolom, string waarde, DateOnly vandaag) => Fout(
        regel,
        kolom,
        waarde,
        LeveringFoutcodes.Toekomst,
        $"'{Kort(waarde)}' ligt na vandaag ({Iso(vandaag)}). Lever alleen aan wat al gebeurd is; een periode mag vandaag eindigen.",
        $"'{Kort(waarde)}' is after today ({Iso(vandaag)}). Deliver only what has happened; a period may end today.");

    public static LeveringFoutmelding GeenUren(int regel, string kolom, string waarde) => Fout(
        regel,
        kolom,
        waarde,
        LeveringFoutcodes.Uren,
        $"'{Kort(waarde)}' is geen aantal uren. Schrijf een getal zonder duizendtallen, met een komma of punt voor de decimalen, bijvoorbeeld 12,5 of 12.5.",
        $"'{Kort(waarde)}' is not a number of hours. Write a number without thousands separators, with a comma or point before the decimals, for example 12.5 or 12,5.");

    public static LeveringFoutmelding NegatieveUren(int regel, string kolom, string waarde) => Fout(
        regel,
        kolom,
        waarde,
        LeveringFoutcodes.Uren,
        $"'{Kort(waarde)}' is negatief. Vul 0 of meer uren in.",
        $"'{Kort(waarde)}' is negative. Enter 0 or more hours.");

    public static LeveringFoutmelding GeenKwartier(int regel, string kolom, string waarde) => Fout(
        regel,
        kolom,
        waarde,
        LeveringFoutcodes.Uren,
        $"'{Kort(waarde)}' is geen veelvoud van een kwartier. Rond af op 0,25 uur, bijvoorbeeld 1,75.",
        $"'{Kort(waarde)}' is not a multiple of a quarter hour. Round to 0.25 hours, for example 1.75.");

    public static LeveringFoutmelding MeerDan24UurPerDag(int regel, string kolom, string waarde, int dagen, decimal maximum) => Fout(
        regel,
        kolom,
        waarde,
        LeveringFoutcodes.Uren,
        $"'{Kort(waarde)}' uur is meer dan 24 uur per dag van de periode ({dagen} dagen, hoogstens {Uren(maximum, s_nl)} uur). Controleer de uren en de periode.",
        $"'{Kort(waarde)}' hours is more than 24 hours per day of the period ({dagen} days, at most {Uren(maximum, s_en)} hours). Check the hours and the period.");

    public static LeveringFoutmelding SomBovenAangeboden(int regel, string waarde, decimal som) => Fout(
        regel,
        LeveringKolommen.UrenAangeboden,
        waarde,
        LeveringFoutcodes.UrenSom,
        $"gevolgd fysiek, gevolgd online, geoorloofd en ongeoorloofd verzuim zijn samen {Uren(som, s_nl)} uur, meer dan de '{Kort(waarde)}' aangeboden uren. Corrigeer de uren zodat hun som niet groter is dan uren_aangeboden.",
        $"attended in person, attended online, authorised and unauthorised absence add up to {Uren(som, s_en)} hours, more than the '{Kort(waarde)}' hours offered. Correct the hours so that their sum is at most uren_aangeboden.");

    public static LeveringFoutmelding OnbekendeCode(int regel, string kolom, string waarde, IEnumerable<string> codes)
    {
        var lijst = string.Join(", ", codes);
        return Fout(
            regel,
            kolom,
            waarde,
            LeveringFoutcodes.Code,
            $"'{Kort(waarde)}' is geen geldige code. Gebruik een van: {lijst}.",
            $"'{Kort(waarde)}' is not a valid code. Use one of: {lijst}.");
    }

    public static LeveringFoutmelding GeenNiveau(int regel, string kolom, string waarde) => Fout(
        regel,
        kolom,
        waarde,
        LeveringFoutcodes.Niveau,
        $"'{Kort(waarde)}' is geen niveau. Gebruik A0, A1, A2, B1, B2 of C1; laat de kolom leeg als er geen niveau is vastgesteld.",
        $"'{Kort(waarde)}' is not a level. Use A0, A1, A2, B1, B2 or C1; leave the column empty when no level was assessed.");

    public static LeveringFoutmelding ExamenOnvolledig(int regel, string ontbrekendeKolom) => Fout(
        regel,
        ontbrekendeKolom,
        null,
        LeveringFoutcodes.Examen,
        "de waarde ontbreekt, terwijl een ander examenveld is ingevuld. Vul examen_onderdeel, examen_datum en examen_resultaat alle drie in, of laat ze alle drie leeg.",
        "the value is missing while another exam field is filled in. Fill in all three of examen_onderdeel, examen_datum and examen_resultaat, or leave all three empty.");

    public static LeveringFoutmelding EindeVoorStart(int regel, string waarde, DateOnly startdatum) => Fout(
        regel,
        LeveringKolommen.Einddatum,
        waarde,
        LeveringFoutcodes.Einddatum,
        $"'{Kort(waarde)}' ligt vóór de startdatum {Iso(startdatum)}. Vul een einddatum op of na de startdatum in.",
        $"'{Kort(waarde)}' is before the startdatum {Iso(startdatum)}. Enter an einddatum on or after the startdatum.");

    public static LeveringFoutmelding UitvalZonderEinddatum(int regel, string waarde) => Fout(
        regel,
        LeveringKolommen.Uitvalreden,
        waarde,
        LeveringFoutcodes.Uitval,
        "een uitvalreden hoort bij een cursist die gestopt is. Vul ook de einddatum in, of laat de uitvalreden leeg.",
        "a reason for dropping out belongs to a student who stopped. Fill in the einddatum as well, or leave uitvalreden empty.");

    /// <summary>Returns <paramref name="waarde"/> cut to <see cref="MaxWaardeLengte"/> characters.</summary>
    public static string Kort(string waarde) => waarde.Length <= MaxWaardeLengte ? waarde : waarde[..MaxWaardeLengte];

    private static string OnderdeelCodes => string.Join(", ", LeveringCodes.Onderdelen.Keys);

    private static bool IsUrenKolom(string kolom) => kolom is LeveringKolommen.UrenAangeboden or LeveringKolommen.UrenGevolgdFysiek
        or LeveringKolommen.UrenGevolgdOnline or LeveringKolommen.UrenGeoorloofdVerzuim or LeveringKolommen.UrenOngeoorloofdVerzuim;

    private static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Uren(decimal uren, CultureInfo cultuur) => uren.ToString("0.##", cultuur);

    public static LeveringFoutmelding TeveelVelden(int regel, string waarden) => new(
        regel,
        null,
        Kort(waarden),
        LeveringFoutcodes.TeveelVelden,
        new LocalizedText(
            $"Regel {regel}: de regel heeft meer waarden dan de kop kolommen heeft ('{Kort(waarden)}'). Zet een waarde met een scheidingsteken tussen dubbele aanhalingstekens, of haal de overbodige waarden weg.",
            $"Line {regel}: the row has more values than the header has columns ('{Kort(waarden)}'). Put a value that contains a separator in double quotes, or remove the extra values."));

    private static LeveringFoutmelding Fout(int regel, string kolom, string? waarde, string code, string nl, string en) => new(
        regel,
        kolom,
        waarde is null ? null : Kort(waarde),
        code,
        new LocalizedText($"Regel {regel}, kolom {kolom}: {nl}", $"Line {regel}, column {kolom}: {en}"));
}
