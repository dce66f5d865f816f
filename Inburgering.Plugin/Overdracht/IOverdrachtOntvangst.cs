namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Takes over a package in the current gemeente: a dossier of its own with the leerroute carried over, the termijn
/// unchanged and a task to adopt a new PIP.
/// </summary>
internal interface IOverdrachtOntvangst
{
    /// <summary>
    /// Accepts <paramref name="pakket"/> into a new dossier of the current gemeente, registering the client with the host
    /// when it has none. A package accepted before is not taken over twice; the result names the existing dossier.
    /// </summary>
    /// <param name="pakket">A package addressed to the current gemeente.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    Task<OverdrachtOntvangstResultaat> NeemOverAsync(OverdrachtPakket pakket, CancellationToken cancellationToken);
}

/// <summary>The result of taking over a package.</summary>
/// <param name="DossierId">The receiving dossier, or <see langword="null"/> when the package was refused.</param>
/// <param name="Fouten">Why the package was refused; empty on success.</param>
/// <param name="AlOvergenomen">Whether the package had been taken over before, into <paramref name="DossierId"/>.</param>
internal sealed record OverdrachtOntvangstResultaat(Guid? DossierId, IReadOnlyList<OverdrachtFout> Fouten, bool AlOvergenomen);
