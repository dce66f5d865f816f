using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>
/// Keeps every delivery it is given, with its rows read once, and returns <see cref="Uitkomst"/>; by default every row
/// is processed. Stores nothing, so a test of a channel checks what the channel passes on, not the processing.
/// </summary>
internal sealed class RecordingLeveringVerwerker : ILeveringVerwerker
{
    private readonly List<(LeveringInvoer Invoer, IReadOnlyList<LeveringRegel> Regels)> _leveringen = [];

    public IReadOnlyList<(LeveringInvoer Invoer, IReadOnlyList<LeveringRegel> Regels)> Leveringen => _leveringen;

    /// <summary>Returns the outcome of a delivery from its input and rows.</summary>
    public Func<LeveringInvoer, IReadOnlyList<LeveringRegel>, LeveringUitkomst> Uitkomst { get; set; } =
        (_, regels) => new LeveringUitkomst(Guid.CreateVersion7(), LeveringStatus.Verwerkt, regels.Count, regels.Count, []);

    public async Task<LeveringUitkomst> VerwerkAsync(LeveringInvoer invoer, Func<IAsyncEnumerable<LeveringRegel>> regels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regels);

        var gelezen = new List<LeveringRegel>();
        await foreach (var regel in regels().WithCancellation(cancellationToken))
        {
            gelezen.Add(regel);
        }

        _leveringen.Add((invoer, gelezen));
        return Uitkomst(invoer, gelezen);
    }
}
