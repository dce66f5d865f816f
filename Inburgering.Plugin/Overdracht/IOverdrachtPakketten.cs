using Host.Abstractions;

namespace Inburgering.Plugin.Overdracht;

/// <summary>Builds the package of a warme overdracht from a dossier of the current gemeente.</summary>
internal interface IOverdrachtPakketten
{
    /// <summary>
    /// Builds the package of <paramref name="dossierId"/> for <paramref name="ontvanger"/>, or returns
    /// <see langword="null"/> when the current gemeente has no such dossier. Health details go along only when
    /// <paramref name="gezondheidReden"/> says why the receiver needs them.
    /// </summary>
    /// <param name="dossierId">The dossier to hand over.</param>
    /// <param name="ontvanger">The receiving gemeente.</param>
    /// <param name="gezondheidReden">Why the receiver needs the health details, or <see langword="null"/> to leave them out.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    Task<OverdrachtPakket?> BouwAsync(Guid dossierId, GemeenteCode ontvanger, string? gezondheidReden, CancellationToken cancellationToken);
}
