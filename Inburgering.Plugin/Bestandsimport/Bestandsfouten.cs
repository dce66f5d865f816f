using Host.Abstractions;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>The messages of the structural errors of a delivery file; each names the problem and the fix.</summary>
internal static class Bestandsfouten
{
    private const string OpslaanNl = "Sla het bestand in Excel op als 'CSV UTF-8 (door komma's gescheiden)' of als Excel-werkmap (.xlsx) en upload het opnieuw.";

    private const string OpslaanEn = "Save the file in Excel as 'CSV UTF-8 (comma delimited)' or as an Excel workbook (.xlsx) and upload it again.";

    public static Bestandsfout Leeg { get; } = new(BestandsfoutSoort.Leeg, new LocalizedText(
        "Het bestand is leeg. Kies het bestand met de kopregel en de regels van de levering.",
        "The file is empty. Choose the file with the header and the rows of the delivery."));

    public static Bestandsfout GeenTekst { get; } = new(BestandsfoutSoort.GeenTekst, new LocalizedText(
        $"Het bestand is geen CSV- of Excel-bestand: het bevat binaire gegevens. {OpslaanNl}",
        $"The file is not a CSV or Excel file: it contains binary data. {OpslaanEn}"));

    public static Bestandsfout Utf16 { get; } = new(BestandsfoutSoort.Utf16, new LocalizedText(
        $"Het bestand is opgeslagen als Unicode-tekst (UTF-16), niet als UTF-8. {OpslaanNl}",
        $"The file is saved as Unicode text (UTF-16), not as UTF-8. {OpslaanEn}"));

    public static Bestandsfout OudExcel { get; } = new(BestandsfoutSoort.OudExcel, new LocalizedText(
        $"Het bestand is een oude Excel-werkmap (.xls, Excel 97-2003). {OpslaanNl}",
        $"The file is an old Excel workbook (.xls, Excel 97-2003). {OpslaanEn}"));

    public static Bestandsfout GeenWerkmap { get; } = new(BestandsfoutSoort.GeenWerkmap, new LocalizedText(
        $"Het bestand is een zip-bestand, maar geen leesbare Excel-werkmap (.xlsx). {OpslaanNl}",
        $"The file is a zip file, but not a readable Excel workbook (.xlsx). {OpslaanEn}"));

    public static Bestandsfout GeenRegels { get; } = new(BestandsfoutSoort.GeenRegels, new LocalizedText(
        "Het bestand heeft een kopregel, maar geen regels met gegevens. Vul onder de kopregel één regel per cursist en periode in.",
        "The file has a header, but no rows with data. Below the header, add one row per student and period."));

    public static Bestandsfout GeenUtf8(int regelnummer) => new(BestandsfoutSoort.GeenUtf8, new LocalizedText(
        $"Het bestand is geen geldige UTF-8-tekst (regel {regelnummer}). {OpslaanNl}",
        $"The file is not valid UTF-8 text (line {regelnummer}). {OpslaanEn}"));

    public static Bestandsfout Scheidingsteken(LocalizedText gevonden) => new(BestandsfoutSoort.Scheidingsteken, new LocalizedText(
        $"De kopregel heeft maar één kolom, maar bevat {gevonden.Nl}: het bestand gebruikt een ander scheidingsteken. Gebruik een puntkomma (;) of een komma (,) tussen de kolommen.",
        $"The header has only one column, but contains {gevonden.En}: the file uses another separator. Use a semicolon (;) or a comma (,) between the columns."));

    public static Bestandsfout KolomZonderNaam(IReadOnlyList<int> kolomnummers) => new(BestandsfoutSoort.KolomZonderNaam, new LocalizedText(
        $"Kolom {Opsomming(kolomnummers)} van de kopregel heeft geen naam. Geef de kolom een naam uit het aanleverformaat of verwijder de lege kolom.",
        $"Column {Opsomming(kolomnummers)} of the header has no name. Give the column a name from the delivery format or remove the empty column."));

    public static Bestandsfout DubbeleKolommen(IReadOnlyList<string> namen) => new(BestandsfoutSoort.DubbeleKolommen, new LocalizedText(
        $"Deze kolommen staan meer dan eens in de kopregel: {Opsomming(namen)}. Laat elke kolom één keer voorkomen.",
        $"These columns occur more than once in the header: {Opsomming(namen)}. Keep each column once."));

    public static Bestandsfout OntbrekendeKolommen(IReadOnlyList<string> namen) => new(BestandsfoutSoort.OntbrekendeKolommen, new LocalizedText(
        $"Deze verplichte kolommen ontbreken in de kopregel: {Opsomming(namen)}. Voeg ze toe; het sjabloon heeft alle kolommen.",
        $"These required columns are missing from the header: {Opsomming(namen)}. Add them; the template has all columns."));

    public static Bestandsfout OnbekendeKolommen(IReadOnlyList<string> namen) => new(BestandsfoutSoort.OnbekendeKolommen, new LocalizedText(
        $"Deze kolommen kent het aanleverformaat niet: {Opsomming(namen)}. Verwijder ze of gebruik de kolomnamen uit het sjabloon.",
        $"The delivery format has no such columns: {Opsomming(namen)}. Remove them or use the column names of the template."));

    public static Bestandsfout GeenLeveringId(int regelnummer) => new(BestandsfoutSoort.GeenLeveringId, new LocalizedText(
        $"Regel {regelnummer}, de eerste regel met gegevens, heeft geen levering_id. Vul in elke regel hetzelfde kenmerk van deze levering in.",
        $"Line {regelnummer}, the first row with data, has no levering_id. Fill in the same reference of this delivery in every row."));

    public static Bestandsfout OpenAanhalingsteken(long regelnummer) => new(BestandsfoutSoort.OpenAanhalingsteken, new LocalizedText(
        $"Op regel {regelnummer} begint een waarde met een aanhalingsteken (\") dat niet wordt gesloten. Sluit de waarde af met een aanhalingsteken, of schrijf een aanhalingsteken in een waarde dubbel (\"\").",
        $"On line {regelnummer} a value starts with a quote (\") that is never closed. Close the value with a quote, or write a quote inside a value twice (\"\")."));

    private static string Opsomming<T>(IEnumerable<T> waarden) => string.Join(", ", waarden);
}
