using System.Globalization;
using System.Runtime.CompilerServices;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// Streams the rows of the first sheet of an Excel workbook (.xlsx) with MiniExcel, as text: numbers in the invariant
/// culture, date cells as <c>yyyy-MM-dd</c>. The row number is the sheet's, because MiniExcel returns empty rows too.
/// </summary>
internal sealed class XlsxRegels(Func<Stream> open) : IRuweRegels
{
    /// <summary>
    /// The identification numbers and their length. Excel stores a typed number as a number and drops its leading
    /// zeros (BSN 000009921 becomes 9921), so a whole number in these columns gets them back.
    /// </summary>
    private static readonly Dictionary<string, int> s_nummerlengte = new(StringComparer.OrdinalIgnoreCase)
    {
        [Leveringen.LeveringKolommen.Bsn] = 9,
        [Leveringen.LeveringKolommen.AanbiederKvk] = 8,
        [Leveringen.LeveringKolommen.Vestigingsnummer] = 12,
    };

    public async IAsyncEnumerable<RuweRegel> LeesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await Zoekbaar.OpenAsync(open, cancellationToken);

        var configuration = new OpenXmlConfiguration { IgnoreEmptyRows = false, EnableSharedStringCache = true };
        var lengtes = new Dictionary<string, int>(StringComparer.Ordinal);
        var rijnummer = 0;
        foreach (IDictionary<string, object?> rij in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX, configuration: configuration))
        {
            cancellationToken.ThrowIfCancellationRequested();
            rijnummer++;

            if (lengtes.Count == 0)
            {
                foreach (var (letter, waarde) in rij)
                {
                    if (waarde is string naam && s_nummerlengte.TryGetValue(naam.Trim(), out var lengte))
                    {
                        lengtes[letter] = lengte;
                    }
                }
            }

            var velden = new string?[rij.Count];
            var index = 0;
            foreach (var (letter, waarde) in rij)
            {
                velden[index++] = Tekst(waarde, lengtes.TryGetValue(letter, out var lengte) ? lengte : null);
            }

            yield return new RuweRegel(rijnummer, velden);
        }
    }

    /// <summary>Returns a cell's value as text; a whole number of an identification column gets its leading zeros back.</summary>
    /// <param name="waarde">The value MiniExcel read: text, a number, a date, a boolean or <see langword="null"/>.</param>
    /// <param name="nummerlengte">The number of digits of an identification column, or <see langword="null"/>.</param>
    internal static string? Tekst(object? waarde, int? nummerlengte) => waarde switch
    {
        null => null,
        string tekst => tekst,
        DateTime datum => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double getal when nummerlengte is { } lengte && getal >= 0 && getal == Math.Floor(getal) && getal < Math.Pow(10, lengte) =>
            ((long)getal).ToString(CultureInfo.InvariantCulture).PadLeft(lengte, '0'),
        double getal => getal.ToString(CultureInfo.InvariantCulture),
        bool waar => waar ? "true" : "false",
        IFormattable opmaakbaar => opmaakbaar.ToString(null, CultureInfo.InvariantCulture),
        _ => waarde.ToString(),
    };
}
