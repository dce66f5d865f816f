using Host.Abstractions;

namespace Inburgering.Plugin.Overdracht;

/// <summary>The person of a package for the processing log: by BSN, or by V-nummer when the package has no BSN.</summary>
internal static class OverdrachtSubject
{
    /// <summary>Returns the data subject of <paramref name="pakket"/>.</summary>
    /// <exception cref="InvalidOperationException">The package has neither a BSN nor a V-nummer; a checked package always has one.</exception>
    public static DataSubject Of(OverdrachtPakket pakket)
    {
        ArgumentNullException.ThrowIfNull(pakket);

        return pakket.Inburgeraar.Bsn is { } bsn
            ? DataSubject.FromBsn(Bsn.Parse(bsn))
            : new DataSubject(DataSubjectIdTypes.VNummer, pakket.Inburgeraar.VNummer ?? throw new InvalidOperationException($"Package {pakket.Id} has neither a BSN nor a V-nummer."));
    }
}
