using Host.Abstractions;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>The outcome of one BRP check of a dossier.</summary>
/// <param name="Status">Whether the BRP found the person.</param>
/// <param name="Uitkomst">What the gemeente of registration means, or <see langword="null"/> when the person was not found.</param>
/// <param name="Verhuizing">The Verhuizing recorded by this check, or <see langword="null"/> when none was new.</param>
/// <param name="Problem">Why the lookup failed, without personal data, or <see langword="null"/>.</param>
internal sealed record BrpControleResultaat(BrpLookupStatus Status, VerhuizingUitkomst? Uitkomst, Verhuizing? Verhuizing, string? Problem)
{
    /// <summary>The gemeentecode of registration the BRP returned, or <see langword="null"/>.</summary>
    public string? GemeenteVanInschrijving { get; init; }

    public static BrpControleResultaat NietGevonden { get; } = new(BrpLookupStatus.NotFound, null, null, null);

    public static BrpControleResultaat Mislukt(string? problem) => new(BrpLookupStatus.Failed, null, null, problem);

    public static BrpControleResultaat Gevonden(VerhuizingUitkomst uitkomst, string? gemeente, Verhuizing? verhuizing) =>
        new(BrpLookupStatus.Found, uitkomst, verhuizing, null) { GemeenteVanInschrijving = gemeente };
}
