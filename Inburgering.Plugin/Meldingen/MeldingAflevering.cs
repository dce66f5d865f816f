using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// The delivery of one <see cref="Melding"/> to one <see cref="Abonnement"/>: its attempts so far and when the next one
/// is due. A delivery is never dropped; see <see cref="AfleveringSchema"/> for the retry schedule. A delivered one is
/// removed after <see cref="MeldingOpruiming.Bewaardagen"/> days.
/// </summary>
internal sealed class MeldingAflevering : IGemeenteOwned
{
    public Guid Id { get; set; }

    public required string Gemeente { get; set; }

    public Guid MeldingId { get; set; }

    public Guid AbonnementId { get; set; }

    /// <summary>A copy of <see cref="Melding.Tijd"/>, so the delivery sends each subscriber's notifications oldest first.</summary>
    public DateTimeOffset Tijd { get; set; }

    public AfleveringStatus Status { get; set; }

    /// <summary>The number of attempts made so far.</summary>
    public int Pogingen { get; set; }

    /// <summary>When the next attempt is due; <see langword="null"/> once delivered.</summary>
    public DateTimeOffset? VolgendePogingOp { get; set; }

    public DateTimeOffset? LaatstePogingOp { get; set; }

    /// <summary>The HTTP status code of the last response, or <see langword="null"/> when there was none (time-out, refused connection).</summary>
    public int? LaatsteHttpStatus { get; set; }

    /// <summary>What went wrong in the last failed attempt, without personal data; <see langword="null"/> after success.</summary>
    public string? LaatsteFout { get; set; }

    public DateTimeOffset? AfgeleverdOp { get; set; }
}
