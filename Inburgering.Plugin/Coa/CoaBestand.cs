using System.Xml;
using Host.Abstractions;
using Inburgering.Plugin.Bestandsimport;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// Reads a CSV or Excel file of COA forms after the same structural checks as a delivery file: the header must name
/// known columns once each, <c>formulierdatum</c> and at least one of <c>bsn</c> and <c>v_nummer</c>. Column names are
/// trimmed and compared without case; empty names at the end of the header are left out, as spreadsheets often add them.
/// The rows are held in memory, which the host's upload size limit keeps small.
/// </summary>
internal static class CoaBestand
{
    /// <summary>Checks and reads the file that <paramref name="open"/> opens.</summary>
    /// <param name="open">Opens the file from the start; called several times.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The data rows, or every structural error found.</returns>
    public static async Task<(IReadOnlyList<CoaRegel>? Regels, IReadOnlyList<Bestandsfout> Fouten)> LeesAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);

        var (bron, fout) = await LeveringBestandControle.OpenRegelsAsync(open, cancellationToken);
        if (bron is null)
        {
            return (null, [fout!]);
        }

        try
        {
            return await LeesRegelsAsync(bron, cancellationToken);
        }
        catch (Exception exception) when (bron is XlsxRegels && exception is InvalidDataException or XmlException or InvalidOperationException)
        {
            // MiniExcel throws these for a damaged workbook or sheet, so the file is rejected instead of the request failing.
            return (null, [Bestandsfouten.GeenWerkmap]);
        }
    }

    private static async Task<(IReadOnlyList<CoaRegel>? Regels, IReadOnlyList<Bestandsfout> Fouten)> LeesRegelsAsync(IRuweRegels bron, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? kop = null;
        var regels = new List<CoaRegel>();

        await foreach (var ruw in bron.LeesAsync(cancellationToken))
        {
            if (ruw.Velden.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (kop is null)
            {
                var (gecontroleerd, fouten) = ControleerKop(ruw.Velden);
                if (gecontroleerd is null)
                {
                    return (null, fouten);
                }

                kop = gecontroleerd;
                continue;
            }

            regels.Add(NaarRegel(ruw, kop, bron is XlsxRegels));
        }

        if (bron is CsvRegels { OpenAanhalingstekenOp: { } regelnummer })
        {
            return (null, [Bestandsfouten.OpenAanhalingsteken(regelnummer)]);
        }

        if (kop is null)
        {
            return (null, [Leeg]);
        }

        return regels.Count == 0 ? (null, [GeenRegels]) : (regels, []);
    }

    /// <summary>Checks the header's names and returns them as <see cref="CoaKolommen"/> spells them, or every error found.</summary>
    internal static (IReadOnlyList<string>? Kop, IReadOnlyList<Bestandsfout> Fouten) ControleerKop(IReadOnlyList<string?> namen)
    {
        var getrimd = namen.Select(n => n?.Trim() ?? string.Empty).ToList();
        while (getrimd.Count > 0 && getrimd[^1].Length == 0)
        {
            getrimd.RemoveAt(getrimd.Count - 1);
        }

        var fouten = new List<Bestandsfout>();

        var zonderNaam = getrimd.Select((naam, index) => (naam, nummer: index + 1)).Where(k => k.naam.Length == 0).Select(k => k.nummer).ToList();
        if (zonderNaam.Count > 0)
        {
            fouten.Add(Fout(BestandsfoutSoort.KolomZonderNaam,
                $"Kolom {string.Join(", ", zonderNaam)} van de kopregel heeft geen naam. Geef de kolom een naam uit het sjabloon of verwijder de lege kolom.",
                $"Column {string.Join(", ", zonderNaam)} of the header has no name. Give the column a name from the template or remove the empty column."));
        }

        var benoemd = getrimd.Where(n => n.Length > 0).ToList();
        var dubbel = benoemd.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (dubbel.Count > 0)
        {
            fouten.Add(Fout(BestandsfoutSoort.DubbeleKolommen,
                $"Deze kolommen staan meer dan eens in de kopregel: {string.Join(", ", dubbel)}. Laat elke kolom één keer voorkomen.",
                $"These columns occur more than once in the header: {string.Join(", ", dubbel)}. Keep each column once."));
        }

        var onbekend = benoemd.Where(n => Kolom(n) is null).ToList();
        if (onbekend.Count > 0)
        {
            fouten.Add(Fout(BestandsfoutSoort.OnbekendeKolommen,
                $"Deze kolommen kent het formaat van de COA-formulieren niet: {string.Join(", ", onbekend)}. Verwijder ze of gebruik de kolomnamen uit het sjabloon.",
                $"The format of the COA forms has no such columns: {string.Join(", ", onbekend)}. Remove them or use the column names of the template."));
        }

        var aanwezig = benoemd.Select(Kolom).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var ontbrekend = CoaKolommen.Verplicht.Where(k => !aanwezig.Contains(k)).ToList();
        if (!aanwezig.Contains(CoaKolommen.Bsn) && !aanwezig.Contains(CoaKolommen.VNummer))
        {
            ontbrekend.Insert(0, $"{CoaKolommen.Bsn} of {CoaKolommen.VNummer}");
        }

        if (ontbrekend.Count > 0)
        {
            fouten.Add(Fout(BestandsfoutSoort.OntbrekendeKolommen,
                $"Deze verplichte kolommen ontbreken in de kopregel: {string.Join(", ", ontbrekend)}. Voeg ze toe; het sjabloon heeft alle kolommen.",
                $"These required columns are missing from the header: {string.Join(", ", ontbrekend).Replace(" of ", " or ", StringComparison.Ordinal)}. Add them; the template has all columns."));
        }

        return fouten.Count > 0 ? (null, fouten) : ([.. getrimd.Select(n => Kolom(n)!)], []);
    }

    private static CoaRegel NaarRegel(RuweRegel ruw, IReadOnlyList<string> kop, bool uitExcel)
    {
        var waarden = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var index = 0; index < kop.Count; index++)
        {
            var waarde = index < ruw.Velden.Count ? ruw.Velden[index]?.Trim() : null;
            waarden[kop[index]] = string.IsNullOrEmpty(waarde) ? null : waarde;
        }

        // Excel stores a typed V-nummer as a number and drops its leading zeros. XlsxRegels restores those of the BSN column only.
        if (uitExcel && waarden.GetValueOrDefault(CoaKolommen.VNummer) is { Length: < 10 } vnummer && vnummer.All(char.IsAsciiDigit))
        {
            waarden[CoaKolommen.VNummer] = vnummer.PadLeft(10, '0');
        }

        return new CoaRegel(ruw.Regelnummer, waarden);
    }

    private static string? Kolom(string naam) => CoaKolommen.Alle.FirstOrDefault(k => string.Equals(k, naam, StringComparison.OrdinalIgnoreCase));

    private static Bestandsfout Fout(BestandsfoutSoort soort, string nl, string en) => new(soort, new LocalizedText(nl, en));

    private static Bestandsfout Leeg { get; } = Fout(BestandsfoutSoort.Leeg,
        "Het bestand is leeg. Kies het bestand met de kopregel en één regel per informatieformulier.",
        "The file is empty. Choose the file with the header and one row per information form.");

    private static Bestandsfout GeenRegels { get; } = Fout(BestandsfoutSoort.GeenRegels,
        "Het bestand heeft een kopregel, maar geen regels met gegevens. Vul onder de kopregel één regel per informatieformulier in.",
        "The file has a header, but no rows with data. Below the header, add one row per information form.");
}
