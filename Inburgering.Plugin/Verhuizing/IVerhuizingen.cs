namespace Inburgering.Plugin.Verhuizing;

/// <summary>The detected moves of the current gemeente, as other parts of the plugin close them.</summary>
internal interface IVerhuizingen
{
    /// <summary>
    /// Marks the open Verhuizing of dossier <paramref name="dossierId"/> as handed over, saves it and closes its
    /// werkvoorraad task. Call it after the overdracht package was sent and saved. It saves every pending change of
    /// the scope's database context.
    /// </summary>
    /// <returns>Whether the dossier had an open Verhuizing; <see langword="false"/> changes nothing.</returns>
    Task<bool> MarkeerOvergedragenAsync(Guid dossierId, CancellationToken cancellationToken);
}
