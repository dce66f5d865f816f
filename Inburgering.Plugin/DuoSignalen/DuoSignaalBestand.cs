using System.Xml;
using Host.Abstractions;
using Inburgering.Plugin.Bestandsimport;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// Reads an import file of DUO signals: CSV (UTF-8, <c>;</c> or <c>,</c>) or an Excel workbook, recognised by content
/// with the checks of the delivery import. Checks the header against <see cref="DuoSignaalKolommen"/> and returns the
/// data rows, or the errors that reject the whole file.
/// </summary>
internal static class DuoSignaalBestand
{
    /// <summary>
    /// The maximum number of data rows. The import checks all rows before it stores one, so it keeps them in memory and
    /// stores them in one transaction. By an estimate of about 2,000 new plichtigen a year in the largest gemeente, the
    /// limit is well above a year of its signals.
    /// </summary>
    public const int MaxRegels = 10_000;

    /// <summary>The bytes read to recognise the format.</summary>
    private const int BeginLengte = 64 * 1024;

    /// <summary>Reads the file that <paramref name="open"/> opens; it is opened several times.</summary>
    public static async Task<(IReadOnlyList<DuoSignaalRegel>? Regels, IReadOnlyList<LocalizedText> Fouten)> LeesAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(open);

        var begin = await LeesBeginAsync(open, cancellationToken);
        if (begin.Length == 0)
        {
            return (null, [Leeg]);
        }

        var (bron, fout) = await LeveringBestandControle.HerkenFormaatAsync(open, begin, cancellationToken);
        if (bron is null)
        {
            return (null, [fout!.Soort == BestandsfoutSoort.Leeg ? Leeg : fout.Melding]);
        }

        try
        {
            return await LeesRegelsAsync(bron, cancellationToken);
        }
        catch (Exception exception) when (bron is XlsxRegels && exception is InvalidDataException or XmlException or InvalidOperationException)
        {
            // MiniExcel throws these for a damaged workbook or sheet; the file is rejected instead of the request failing.
            return (null, [Bestandsfouten.GeenWerkmap.Melding]);
        }
    }

    private static LocalizedText Leeg { get; } = new(
        "Het bestand is leeg. Kies het bestand met de kopregel en één regel per signaal van DUO.",
        "The file is empty. Choose the file with the header and one row per signal from DUO.");

    private static async Task<(IReadOnlyList<DuoSignaalRegel>? Regels, IReadOnlyList<LocalizedText> Fouten)> LeesRegelsAsync(IRuweRegels bron, CancellationToken cancellationToken)
    {
        IReadOnlyList<string>? kop = null;
        var regels = new List<DuoSignaalRegel>();

        await foreach (var ruw in bron.LeesAsync(cancellationToken))
        {
            if (ruw.Velden.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (kop is null)
            {
                var (gecontroleerd, kopfouten) = ControleerKop(ruw.Velden);
                if (gecontroleerd is null)
                {
                    return (null, kopfouten);
                }

                kop = gecontroleerd;
                continue;
            }

            if (regels.Count == MaxRegels)
            {
                return (null, [new LocalizedText(
                    $"Het bestand heeft meer dan {MaxRegels} regels met signalen. Verdeel de signalen over meer bestanden en importeer ze na elkaar.",
                    $"The file has more than {MaxRegels} rows with signals. Split the signals over several files and import them one after the other.")]);
            }

            regels.Add(NaarRegel(kop, ruw));
        }

        if (bron is CsvRegels { OpenAanhalingstekenOp: { } regelnummer })
        {
            return (null, [Bestandsfouten.OpenAanhalingsteken(regelnummer).Melding]);
        }

        if (kop is null)
        {
            return (null, [Leeg]);
        }

        if (regels.Count == 0)
        {
            return (null, [new LocalizedText(
                "Het bestand heeft een kopregel, maar geen regels met signalen. Vul onder de kopregel één regel per signaal in.",
                "The file has a header, but no rows with signals. Below the header, add one row per signal.")]);
        }

        return (regels, []);
    }

    /// <summary>
    /// Checks the header: every name known and used once, the required columns present. Returns the column per position,
    /// as <see cref="DuoSignaalKolommen"/> spells it, with empty names at the end left out.
    /// </summary>
    internal static (IReadOnlyList<string>? Kop, IReadOnlyList<LocalizedText> Fouten) ControleerKop(IReadOnlyList<string?> namen)
    {
        var kop = namen.Select(n => n?.Trim().ToLowerInvariant() ?? string.Empty).ToList();
        while (kop.Count > 0 && kop[^1].Length == 0)
        {
            kop.RemoveAt(kop.Count - 1);
        }

        var fouten = new List<LocalizedText>();

        var onbekend = kop.Where(n => !DuoSignaalKolommen.Alle.Contains(n)).Distinct().ToList();
        if (onbekend.Count > 0)
        {
            var namenTekst = string.Join(", ", onbekend.Select(n => n.Length == 0 ? "(leeg)" : n));
            fouten.Add(new LocalizedText(
                $"Deze kolommen kent de import van DUO-signalen niet: {namenTekst}. Gebruik de kolomnamen uit het sjabloon: {string.Join(", ", DuoSignaalKolommen.Alle)}.",
                $"The import of DUO signals has no such columns: {namenTekst}. Use the column names of the template: {string.Join(", ", DuoSignaalKolommen.Alle)}."));
        }

        var dubbel = kop.Where(n => n.Length > 0).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (dubbel.Count > 0)
        {
            fouten.Add(new LocalizedText(
                $"Deze kolommen staan meer dan eens in de kopregel: {string.Join(", ", dubbel)}. Laat elke kolom één keer voorkomen.",
                $"These columns occur more than once in the header: {string.Join(", ", dubbel)}. Keep each column once."));
        }

        var ontbrekend = DuoSignaalKolommen.Verplicht.Where(k => !kop.Contains(k)).ToList();
        if (ontbrekend.Count > 0)
        {
            fouten.Add(new LocalizedText(
                $"Deze verplichte kolommen ontbreken in de kopregel: {string.Join(", ", ontbrekend)}. Voeg ze toe; het sjabloon heeft alle kolommen.",
                $"These required columns are missing from the header: {string.Join(", ", ontbrekend)}. Add them; the template has all columns."));
        }

        return fouten.Count > 0 ? (null, fouten) : (kop, []);
    }

    private static DuoSignaalRegel NaarRegel(IReadOnlyList<string> kop, RuweRegel ruw)
    {
        var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var index = 0; index < kop.Count && index < ruw.Velden.Count; index++)
        {
            if (ruw.Velden[index]?.Trim() is { Length: > 0 } waarde)
            {
                waarden[kop[index]] = waarde;
            }
        }

        return new DuoSignaalRegel(ruw.Regelnummer, waarden);
    }

    private static async Task<byte[]> LeesBeginAsync(Func<Stream> open, CancellationToken cancellationToken)
    {
        await using var stream = open();
        var buffer = new byte[BeginLengte];
        var lengte = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return buffer[..lengte];
    }
}
