using Host.Abstractions;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// The fallback for a plugin build without the package builder and receiver of the Overdracht area: export and import
/// reject with a message, so the host still starts. It is registered with TryAdd, so a real implementation wins.
/// </summary>
/// <remarks>NOTE: only a branch without the Overdracht area uses this; remove it once that area registers both services.</remarks>
internal sealed class OntbrekendeOverdracht : IOverdrachtPakketten, IOverdrachtOntvangst
{
    private static readonly LocalizedText s_melding = new(
        "De warme overdracht is in deze installatie nog niet beschikbaar. Neem contact op met de beheerder.",
        "The warme overdracht is not available in this deployment yet. Contact the administrator.");

    public Task<OverdrachtPakket?> BouwAsync(Guid dossierId, GemeenteCode ontvanger, string? gezondheidReden, CancellationToken cancellationToken) =>
        Task.FromResult<OverdrachtPakket?>(null);

    public Task<OverdrachtOntvangstResultaat> NeemOverAsync(OverdrachtPakket pakket, CancellationToken cancellationToken) =>
        Task.FromResult(new OverdrachtOntvangstResultaat(null, [new OverdrachtFout(OverdrachtFoutmeldingen.HeleBestand, s_melding)], AlOvergenomen: false));
}
