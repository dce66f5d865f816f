using System.Globalization;
using Host.Abstractions;
using K = Inburgering.Plugin.Leveringen.LeveringKolommen;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// The errors found when a delivery is matched to the aanbieder and its referrals, each naming the line, the column,
/// the value and the fix. The form of single values is checked before, by <c>LeveringRegelValidatie</c>.
/// </summary>
internal static class VerwerkingMeldingen
{
    public const string LeveringIdCode = "levering-id";
    public const string AanbiederCode = "aanbieder";
    public const string VestigingCode = "vestiging";
    public const string GeenAanmeldingCode = "geen-aanmelding";
    public const string BuitenAanmeldingCode = "buiten-aanmelding";
    public const string DubbelCode = "dubbel";
    public const string OverlapCode = "overlap";

    public static LeveringFoutmelding AndereLeveringId(GevalideerdeRegel regel, string referentie) =>
        new(regel.Regelnummer, K.LeveringId, regel.LeveringId, LeveringIdCode, new LocalizedText(
            $"Regel {regel.Regelnummer}, kolom {K.LeveringId}: '{regel.LeveringId}' is niet de levering_id van deze levering ('{referentie}'). Geef alle regels van één levering dezelfde levering_id.",
            $"Line {regel.Regelnummer}, column {K.LeveringId}: '{regel.LeveringId}' is not the levering_id of this delivery ('{referentie}'). Give every row of one delivery the same levering_id."));

    public static LeveringFoutmelding AndereAanbieder(GevalideerdeRegel regel, string kvkNummer) =>
        new(regel.Regelnummer, K.AanbiederKvk, regel.AanbiederKvk, AanbiederCode, new LocalizedText(
            $"Regel {regel.Regelnummer}, kolom {K.AanbiederKvk}: '{regel.AanbiederKvk}' is niet het KvK-nummer van de aanbieder van deze levering ({kvkNummer}). Lever alleen regels van deze aanbieder aan.",
            $"Line {regel.Regelnummer}, column {K.AanbiederKvk}: '{regel.AanbiederKvk}' is not the KvK number of this delivery's aanbieder ({kvkNummer}). Deliver only rows of this aanbieder."));

    public static LeveringFoutmelding AndereVestiging(GevalideerdeRegel regel, string vestigingsnummer) =>
        new(regel.Regelnummer, K.Vestigingsnummer, regel.Vestigingsnummer, VestigingCode, new LocalizedText(
            $"Regel {regel.Regelnummer}, kolom {K.Vestigingsnummer}: '{regel.Vestigingsnummer}' is niet de vestiging van deze levering ({vestigingsnummer}). Lever de regels van elke vestiging apart aan, of laat de kolom leeg.",
            $"Line {regel.Regelnummer}, column {K.Vestigingsnummer}: '{regel.Vestigingsnummer}' is not the branch of this delivery ({vestigingsnummer}). Deliver the rows of each branch separately, or leave the column empty."));

    /// <summary>
    /// Returns the error for a student the aanbieder has no referral for. The text is the same whether the BSN exists in
    /// another gemeente, with another aanbieder, or nowhere, so an aanbieder learns nothing about other students.
    /// </summary>
    public static LeveringFoutmelding GeenAanmelding(GevalideerdeRegel regel) =>
        new(regel.Regelnummer, K.Bsn, regel.Bsn, GeenAanmeldingCode, new LocalizedText(
            $"Regel {regel.Regelnummer}, kolom {K.Bsn}: deze cursist is bij deze aanbieder niet aangemeld voor onderdeel {LeveringCodes.Code(regel.Onderdeel)}. Controleer de BSN en het onderdeel, of vraag de gemeente om de aanmelding.",
            $"Line {regel.Regelnummer}, column {K.Bsn}: this student is not referred to this aanbieder for onderdeel {LeveringCodes.Code(regel.Onderdeel)}. Check the BSN and the onderdeel, or ask the municipality for the referral."));

    public static LeveringFoutmelding VoorStart(GevalideerdeRegel regel, DateOnly startdatum) =>
        new(regel.Regelnummer, K.PeriodeVan, Iso(regel.PeriodeVan), BuitenAanmeldingCode, new LocalizedText(
            $"Regel {regel.Regelnummer}, kolom {K.PeriodeVan}: de periode begint op {Nl(regel.PeriodeVan)}, vóór de start van de aanmelding op {Nl(startdatum)}. Lever alleen perioden vanaf die startdatum.",
            $"Line {regel.Regelnummer}, column {K.PeriodeVan}: the period starts on {Iso(regel.PeriodeVan)}, before the referral started on {Iso(startdatum)}. Deliver only periods from that start date."));

    public static LeveringFoutmelding NaEinde(GevalideerdeRegel regel, DateOnly einddatum) =>
        new(regel.Regelnummer, K.PeriodeVan, Iso(regel.PeriodeVan), BuitenAanmeldingCode, new LocalizedText(
            $"Regel {regel.Regelnummer}, kolom {K.PeriodeVan}: de periode begint op {Nl(regel.PeriodeVan)}, na het einde van de aanmelding op {Nl(einddatum)}. Lever alleen perioden die uiterlijk op die einddatum beginnen.",
            $"Line {regel.Regelnummer}, column {K.PeriodeVan}: the period starts on {Iso(regel.PeriodeVan)}, after the referral ended on {Iso(einddatum)}. Deliver only periods that start on or before that end date."));

    public static LeveringFoutmelding Dubbel(GevalideerdeRegel regel, int eerdereRegel) =>
        new(regel.Regelnummer, K.PeriodeVan, Iso(regel.PeriodeVan), DubbelCode, new LocalizedText(
            $"Regel {regel.Regelnummer}: dezelfde cursist, hetzelfde onderdeel en dezelfde periode ({Nl(regel.PeriodeVan)} t/m {Nl(regel.PeriodeTot)}) staan al op regel {eerdereRegel}. Verwijder een van beide regels.",
            $"Line {regel.Regelnummer}: the same student, onderdeel and period ({Iso(regel.PeriodeVan)} to {Iso(regel.PeriodeTot)}) are already on line {eerdereRegel}. Remove one of the two rows."));

    public static LeveringFoutmelding OverlapInLevering(GevalideerdeRegel regel, DateOnly van, DateOnly tot, int eerdereRegel) =>
        new(regel.Regelnummer, K.PeriodeVan, Iso(regel.PeriodeVan), OverlapCode, new LocalizedText(
            $"Regel {regel.Regelnummer}, kolom {K.PeriodeVan}: de periode {Nl(regel.PeriodeVan)} t/m {Nl(regel.PeriodeTot)} overlapt de periode {Nl(van)} t/m {Nl(tot)} op regel {eerdereRegel}. Laat de perioden aansluiten zonder overlap.",
            $"Line {regel.Regelnummer}, column {K.PeriodeVan}: the period {Iso(regel.PeriodeVan)} to {Iso(regel.PeriodeTot)} overlaps the period {Iso(van)} to {Iso(tot)} on line {eerdereRegel}. Make the periods follow each other without overlap."));

    public static LeveringFoutmelding OverlapMetEerder(GevalideerdeRegel regel, DateOnly van, DateOnly tot) =>
        new(regel.Regelnummer, K.PeriodeVan, Iso(regel.PeriodeVan), OverlapCode, new LocalizedText(
            $"Regel {regel.Regelnummer}, kolom {K.PeriodeVan}: de periode {Nl(regel.PeriodeVan)} t/m {Nl(regel.PeriodeTot)} overlapt de eerder geleverde periode {Nl(van)} t/m {Nl(tot)}. Lever precies die periode om haar te corrigeren, of een periode die er niet mee overlapt.",
            $"Line {regel.Regelnummer}, column {K.PeriodeVan}: the period {Iso(regel.PeriodeVan)} to {Iso(regel.PeriodeTot)} overlaps the period {Iso(van)} to {Iso(tot)} delivered before. Deliver exactly that period to correct it, or a period that does not overlap it."));

    /// <summary>Returns <paramref name="datum"/> as dd-MM-yyyy, as Dutch texts show dates.</summary>
    public static string Nl(DateOnly datum) => datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>Returns <paramref name="datum"/> as yyyy-MM-dd, as English texts and the format show dates.</summary>
    public static string Iso(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
