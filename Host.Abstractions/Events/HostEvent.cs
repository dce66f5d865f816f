using System.Diagnostics.CodeAnalysis;

namespace Host.Abstractions;

/// <summary>Something that happened in the host that plugins may react to.</summary>
/// <param name="Gemeente">The gemeente the event happened in.</param>
public abstract record HostEvent(GemeenteCode Gemeente);

/// <summary>The host registered a new client.</summary>
/// <param name="Gemeente">The client's gemeente.</param>
/// <param name="ClientId">The host's id of the client.</param>
public sealed record ClientRegistered(GemeenteCode Gemeente, string ClientId) : HostEvent(Gemeente);

/// <summary>The address of a client changed, inside the gemeente or to another one.</summary>
/// <param name="Gemeente">The gemeente the client was registered in before the change.</param>
/// <param name="ClientId">The host's id of the client.</param>
/// <param name="NewGemeente">The gemeente of the new address, which differs from <paramref name="Gemeente"/> after a move out.</param>
public sealed record ClientAddressChanged(GemeenteCode Gemeente, string ClientId, GemeenteCode NewGemeente) : HostEvent(Gemeente);

/// <summary>
/// Handles one kind of host event. The host calls every handler registered for the event's type, within the
/// event's gemeente. Register implementations as <see cref="IHostEventHandler{TEvent}"/> services.
/// </summary>
/// <typeparam name="TEvent">The event type.</typeparam>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "It handles host events; it is not an event-handler delegate.")]
public interface IHostEventHandler<in TEvent>
    where TEvent : HostEvent
{
    /// <summary>Handles the event. The host may deliver an event more than once, so handling must be idempotent.</summary>
    /// <param name="hostEvent">The event.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    Task HandleAsync(TEvent hostEvent, CancellationToken cancellationToken);
}
