using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Tests.Api;

/// <summary>Keeps every delivery it gets, with its rows read once, and returns the outcome a test sets.</summary>
internal sealed class RecordingLeveringVerwerker : ILeveringVerwerker
{
    public List<(LeveringInvoer Invoer, List<LeveringRegel> Regels)> Ontvangen { get; } = [];

    /// <summary>The outcome to return. By default every row is imported into a new delivery.</summary>
    public Func<LeveringInvoer, IReadOnlyList<LeveringRegel>, LeveringUitkomst> Uitkomst { get; set; } =
        (_, regels) => new LeveringUitkomst(Guid.NewGuid(), LeveringStatus.Verwerkt, regels.Count, regels.Count, []);

    public async Task<LeveringUitkomst> VerwerkAsync(LeveringInvoer invoer, Func<IAsyncEnumerable<LeveringRegel>> regels, CancellationToken cancellationToken)
    {
        var gelezen = new List<LeveringRegel>();
        await foreach (var regel in regels().WithCancellation(cancellationToken))
        {
            gelezen.Add(regel);
        }

        Ontvangen.Add((invoer, gelezen));
        return Uitkomst(invoer, gelezen);
    }
}
