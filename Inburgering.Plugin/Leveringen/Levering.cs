using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// One delivery of attendance and progress by an aanbieder, through any <see cref="LeveringKanaal"/>. The pair
/// (<see cref="AanbiederId"/>, <see cref="Referentie"/>) is unique, so the same delivery is never imported twice.
/// </summary>
internal sealed class Levering : IGemeenteOwned
{
    public Guid Id { get; set; }

    /// <summary>The gemeentecode of the gemeente the delivery is for.</summary>
    public required string Gemeente { get; set; }

    public Guid AanbiederId { get; set; }

    public LeveringKanaal Kanaal { get; set; }

    /// <summary>
    /// The aanbieder's id of the delivery: the <c>levering_id</c> column of a file, the <c>Idempotency-Key</c> of an
    /// API call, or an id the portal makes.
    /// </summary>
    public required string Referentie { get; set; }

    /// <summary>The SHA-256 of the delivered rows (hex), which distinguishes a repeated delivery from a different one with the same reference.</summary>
    public required string Inhoudshash { get; set; }

    public LeveringModus Modus { get; set; }

    public LeveringStatus Status { get; set; }

    /// <summary>The uploaded file's name, or <see langword="null"/> for the portal and the API.</summary>
    public string? Bestandsnaam { get; set; }

    public int AantalRegels { get; set; }

    public int AantalVerwerkt { get; set; }

    public int AantalGeweigerd { get; set; }

    public DateTimeOffset OntvangenOp { get; set; }

    /// <summary>The host's user id of the sender: the aanbieder's employee, its API client, or the consulent who imported the file.</summary>
    public required string OntvangenDoor { get; set; }
}
