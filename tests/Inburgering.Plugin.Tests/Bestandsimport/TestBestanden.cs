using System.IO.Compression;
using System.Security;
using System.Text;
using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Tests.Bestandsimport;

/// <summary>Delivery files for the tests, built in memory: CSV text and minimal Excel workbooks written part by part.</summary>
internal static class TestBestanden
{
    /// <summary>The required columns, separated by <c>;</c>.</summary>
    public static string Kop(char scheidingsteken = ';') => string.Join(scheidingsteken, LeveringKolommen.Verplicht);

    /// <summary>A data row for the required columns with valid values, separated by <c>;</c>.</summary>
    public static string Regel(string bsn = "999993847", string periodeVan = "2026-11-01", string leveringId = "LEV-1", char scheidingsteken = ';') =>
        string.Join(scheidingsteken, leveringId, "12345678", bsn, "TAAL", periodeVan, "2026-11-30", "40", "30", "4.5", "2", "3.5");

    /// <summary>Returns a function that opens <paramref name="bytes"/> afresh on every call, as an upload does.</summary>
    public static Func<Stream> Open(byte[] bytes) => () => new MemoryStream(bytes, writable: false);

    /// <summary>Returns the UTF-8 bytes of <paramref name="tekst"/>, with a byte order mark when <paramref name="bom"/>.</summary>
    public static byte[] Utf8(string tekst, bool bom = false) => [.. (bom ? Encoding.UTF8.Preamble : []), .. Encoding.UTF8.GetBytes(tekst)];

    /// <summary>Checks a CSV file's structure.</summary>
    public static Task<(LeveringBestand? Bestand, IReadOnlyList<Bestandsfout> Fouten)> ControleerAsync(string tekst, bool bom = false) =>
        LeveringBestandControle.ControleerAsync(Open(Utf8(tekst, bom)), CancellationToken.None);

    /// <summary>Checks a file's structure.</summary>
    public static Task<(LeveringBestand? Bestand, IReadOnlyList<Bestandsfout> Fouten)> ControleerAsync(byte[] bytes) =>
        LeveringBestandControle.ControleerAsync(Open(bytes), CancellationToken.None);

    /// <summary>Returns all rows of a checked file.</summary>
    public static async Task<List<LeveringRegel>> RegelsAsync(LeveringBestand bestand)
    {
        var regels = new List<LeveringRegel>();
        await foreach (var regel in bestand.LeesAsync(CancellationToken.None))
        {
            regels.Add(regel);
        }

        return regels;
    }

    /// <summary>
    /// Writes an Excel workbook with one sheet whose rows are keyed by sheet row number. A cell is text (string), a
    /// number (double) or a date (DateOnly, stored as a serial number with the built-in date format 14).
    /// </summary>
    public static byte[] Xlsx(IReadOnlyDictionary<int, object?[]> rijen)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Schrijf(zip, "[Content_Types].xml",
                """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
            Schrijf(zip, "_rels/.rels",
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Schrijf(zip, "xl/workbook.xml",
                """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Levering" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Schrijf(zip, "xl/_rels/workbook.xml.rels",
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""");
            Schrijf(zip, "xl/styles.xml",
                """<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""");
            Schrijf(zip, "xl/worksheets/sheet1.xml", Blad(rijen));
        }

        return stream.ToArray();
    }

    private static string Blad(IReadOnlyDictionary<int, object?[]> rijen)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        foreach (var (nummer, cellen) in rijen.OrderBy(r => r.Key))
        {
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<row r=\"{nummer}\">");
            for (var kolom = 0; kolom < cellen.Length; kolom++)
            {
                var verwijzing = kolom < 26 ? $"{(char)('A' + kolom)}{nummer}" : $"A{(char)('A' + kolom - 26)}{nummer}";
                xml.Append(cellen[kolom] switch
                {
                    null => "",
                    string tekst => $"<c r=\"{verwijzing}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(tekst)}</t></is></c>",
                    double getal => $"<c r=\"{verwijzing}\"><v>{getal.ToString(System.Globalization.CultureInfo.InvariantCulture)}</v></c>",
                    DateOnly datum => $"<c r=\"{verwijzing}\" s=\"1\"><v>{datum.DayNumber - new DateOnly(1899, 12, 30).DayNumber}</v></c>",
                    var anders => throw new ArgumentException($"Unsupported cell value {anders}."),
                });
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void Schrijf(ZipArchive zip, string naam, string inhoud)
    {
        using var writer = new StreamWriter(zip.CreateEntry(naam).Open(), new UTF8Encoding(false));
        writer.Write(inhoud);
    }
}
