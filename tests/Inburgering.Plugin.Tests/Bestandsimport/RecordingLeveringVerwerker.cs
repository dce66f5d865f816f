using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Tests.Bestandsimport;

/// <summary>
/// Stands in for the processing service: reads the rows twice, as the real one does (check, then import), records
/// what it received, and returns <see cref="Uitkomst"/>.
/// </summary>
internal sealed class RecordingLeveringVerwerker : ILeveringVerwerker
{
    public List<LeveringInvoer> Invoer { get; } = [];

    /// <summary>The rows of every read, in order.</summary>
    public List<List<LeveringRegel>> Lezingen { get; } = [];

    /// <summary>The outcome to return for the rows read; by default every row imported in a new delivery.</summary>
    public Func<LeveringInvoer, IReadOnlyList<LeveringRegel>, LeveringUitkomst> Uitkomst { get; set; } =
        (_, regels) => new LeveringUitkomst(Guid.CreateVersion7(), LeveringStatus.Verwerkt, regels.Count, regels.Count, []);

    public async Task<LeveringUitkomst> VerwerkAsync(LeveringInvoer invoer, Func<IAsyncEnumerable<LeveringRegel>> regels, CancellationToken cancellationToken)
    {
        Invoer.Add(invoer);
        for (var lezing = 0; lezing < 2; lezing++)
        {
            var gelezen = new List<LeveringRegel>();
            await foreach (var regel in regels().WithCancellation(cancellationToken))
            {
                gelezen.Add(regel);
            }

            Lezingen.Add(gelezen);
        }

        return Uitkomst(invoer, Lezingen[^1]);
    }
}
