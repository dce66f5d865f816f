namespace Inburgering.Plugin.Termijn;

/// <summary>
/// The progress of a dossier as <see cref="VoldaanCheck"/> needs it. The onderdelen and hours area provides the real
/// implementation; until then <see cref="OnbekendeVoortgang"/> returns unknown.
/// </summary>
internal interface IVoortgangVoorVoldaan
{
    /// <summary>Returns the progress of dossier <paramref name="dossierId"/>, or <see langword="null"/> when it is not known.</summary>
    Task<VoldaanInvoer?> VoorDossierAsync(Guid dossierId, CancellationToken cancellationToken);
}

/// <summary>The default <see cref="IVoortgangVoorVoldaan"/>: the progress of every dossier is unknown.</summary>
internal sealed class OnbekendeVoortgang : IVoortgangVoorVoldaan
{
    public Task<VoldaanInvoer?> VoorDossierAsync(Guid dossierId, CancellationToken cancellationToken) =>
        Task.FromResult<VoldaanInvoer?>(null);
}
