namespace Inburgering.Plugin.Bestandsimport;

/// <summary>One record of a delivery file as text, the header included, before its values are matched to columns.</summary>
/// <param name="Regelnummer">The line (CSV) or sheet row (XLSX) where the record starts; the first is 1.</param>
/// <param name="Velden">The values in the file's order; <see langword="null"/> for an empty cell.</param>
internal sealed record RuweRegel(int Regelnummer, IReadOnlyList<string?> Velden);

/// <summary>Streams the records of one file format from the start, each call opening the file again.</summary>
internal interface IRuweRegels
{
    /// <summary>Reads the records one by one, without holding the file in memory.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    IAsyncEnumerable<RuweRegel> LeesAsync(CancellationToken cancellationToken);
}
