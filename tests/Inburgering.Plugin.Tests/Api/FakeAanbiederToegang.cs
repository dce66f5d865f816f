using Inburgering.Plugin.Aanbieders;

namespace Inburgering.Plugin.Tests.Api;

/// <summary>Returns the aanbieders a test sets as the ones the caller acts for.</summary>
internal sealed class FakeAanbiederToegang : IAanbiederToegang
{
    public List<Aanbieder> Eigen { get; } = [];

    public Task<IReadOnlyList<Aanbieder>> EigenAanbiedersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Aanbieder>>([.. Eigen]);
}
