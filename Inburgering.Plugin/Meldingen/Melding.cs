using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// One notification for other municipal systems in the outbox: a change that happened, written in the same transaction
/// as the change itself. The delivery sends it as a CloudEvent to every webhook subscriber of its gemeente, at least
/// once, with <see cref="Id"/> as the stable event id receivers use to drop duplicates.
/// </summary>
/// <remarks>
/// A notification tells that something changed and where. It contains our own ids and codes, never a BSN, name, address
/// or health fact. A receiver that needs the person's data reads it through an API that logs the read.
/// </remarks>
internal sealed class Melding : IGemeenteOwned
{
    /// <summary>The CloudEvents <c>id</c>: stable across every delivery attempt.</summary>
    public Guid Id { get; set; }

    /// <summary>The gemeentecode of the gemeente the change happened in.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The CloudEvents <c>type</c>, one of <see cref="MeldingTypen"/>.</summary>
    public required string Type { get; set; }

    /// <summary>The CloudEvents <c>subject</c>: our id of the changed record, usually a dossier id.</summary>
    public required string Subject { get; set; }

    /// <summary>The CloudEvents <c>time</c>: when the change happened.</summary>
    public DateTimeOffset Tijd { get; set; }

    /// <summary>The CloudEvents <c>data</c> as a JSON object with ids and codes only, or <see langword="null"/>.</summary>
    public string? Data { get; set; }

    /// <summary>
    /// Whether the delivery has made an attempt row for every subscriber of the gemeente; a subscriber added later does
    /// not receive notifications written before it.
    /// </summary>
    public bool Uitgewaaierd { get; set; }
}
