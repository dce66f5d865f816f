using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>The aanbieders the current user acts for, as a test sets them.</summary>
internal sealed class VasteAanbiederToegang : IAanbiederToegang
{
    public List<Aanbieder> Eigen { get; } = [];

    public Task<IReadOnlyList<Aanbieder>> EigenAanbiedersAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Aanbieder>>([.. Eigen]);
}

/// <summary>Keeps the rows each delivery passes to the check on unauthorised absence.</summary>
internal sealed class OpgeslagenSignalering : IVerzuimSignalering
{
    public List<NieuweMelding> Meldingen { get; } = [];

    public Task SignaleerAsync(IReadOnlyCollection<NieuweMelding> meldingen, CancellationToken cancellationToken)
    {
        Meldingen.AddRange(meldingen);
        return Task.CompletedTask;
    }
}

/// <summary>
/// A user with every permission unless <see cref="Granted"/> limits them, acting for <see cref="Organisation"/>: a
/// consulent when it is <see langword="null"/>, an aanbieder's employee otherwise.
/// </summary>
internal sealed class LeveringGebruiker : ICurrentUser
{
    public const string Id = "medewerker-17";

    public bool IsAuthenticated => true;

    public string UserId => Id;

    public string DisplayName => "Test Medewerker";

    public IReadOnlySet<string>? Granted { get; set; }

    public string? Organisation { get; set; }

    public bool HasPermission(string permission) => Granted is null || Granted.Contains(permission);
}
