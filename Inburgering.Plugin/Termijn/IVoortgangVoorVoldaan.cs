namespace Inburgering.Plugin.Termijn;

/// <summary>
/// The progress of a dossier as <see cref="VoldaanCheck"/> needs it, which the onderdelen and hours area provides.
/// </summary>
internal interface IVoortgangVoorVoldaan
{
    /// <summary>Returns the progress of dossier <paramref name="dossierId"/>, or <see langword="null"/> when it is not known.</summary>
    Task<VoldaanInvoer?> VoorDossierAsync(Guid dossierId, CancellationToken cancellationToken);
}
