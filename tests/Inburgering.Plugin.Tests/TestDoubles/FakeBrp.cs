using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>
/// The BRP, the one external system of the plugin. It returns persons from a dictionary, or a failure while <see cref="FailureProblem"/> is set.
/// </summary>
public sealed class FakeBrp : IBrpPersonen
{
    private readonly Dictionary<string, BrpPersoon> _persons;

    public FakeBrp(IEnumerable<BrpPersoon> persons)
    {
        _persons = persons.ToDictionary(p => p.Bsn.Value);
    }

    /// <summary>Adds <paramref name="persoon"/>, or replaces the person with the same BSN.</summary>
    public void Add(BrpPersoon persoon) => _persons[persoon.Bsn.Value] = persoon;

    /// <summary>When set, every lookup fails with this problem.</summary>
    public string? FailureProblem { get; set; }

    /// <summary>Runs once, during the next lookup and before its result returns, so a test can interleave two registrations.</summary>
    public Func<Task>? DuringNextLookup { get; set; }

    public int LookupCount { get; private set; }

    public IReadOnlyCollection<string> LastFields { get; private set; } = [];

    public async Task<BrpLookupResult> FindByBsnAsync(Bsn bsn, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        LookupCount++;
        LastFields = fields;

        if (DuringNextLookup is { } interleaved)
        {
            DuringNextLookup = null;
            await interleaved();
        }

        if (FailureProblem is { } problem)
        {
            return BrpLookupResult.Failed(problem);
        }

        return _persons.TryGetValue(bsn.Value, out var persoon) ? BrpLookupResult.Found(persoon) : BrpLookupResult.NotFound;
    }
}
