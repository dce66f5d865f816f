using System.Runtime.CompilerServices;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// A delivery file whose structure <see cref="LeveringBestandControle"/> checked: a known format, a valid header and at
/// least one data row. It reads its rows again on every call, so the processing can check them before it imports them.
/// </summary>
internal sealed class LeveringBestand
{
    private readonly IRuweRegels _bron;

    private readonly LeveringKop _kop;

    internal LeveringBestand(IRuweRegels bron, LeveringKop kop, string referentie, int aantalRegels)
    {
        _bron = bron;
        _kop = kop;
        Referentie = referentie;
        AantalRegels = aantalRegels;
    }

    /// <summary>The delivery's reference: the <c>levering_id</c> of the first data row.</summary>
    public string Referentie { get; }

    /// <summary>The number of data rows, empty rows not counted.</summary>
    public int AantalRegels { get; }

    /// <summary>Whether the file is CSV (or else XLSX).</summary>
    public bool IsCsv => _bron is CsvRegels;

    /// <summary>Streams the data rows from the start, with their line numbers; the header and empty rows are left out.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    public IAsyncEnumerable<LeveringRegel> LeesAsync(CancellationToken cancellationToken) => LeesAsync(_bron, _kop, cancellationToken);

    /// <summary>Streams the data rows of <paramref name="bron"/> below its header, matched to the columns of <paramref name="kop"/>.</summary>
    internal static async IAsyncEnumerable<LeveringRegel> LeesAsync(IRuweRegels bron, LeveringKop kop, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var kopGelezen = false;
        await foreach (var ruw in bron.LeesAsync(cancellationToken))
        {
            if (!kopGelezen)
            {
                kopGelezen = ruw.Velden.Any(v => !string.IsNullOrWhiteSpace(v));
                continue;
            }

            if (kop.NaarRegel(ruw.Regelnummer, ruw.Velden) is { } regel)
            {
                yield return regel;
            }
        }
    }
}
