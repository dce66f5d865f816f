using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// The ontzorgen of an asielstatushouder with bijstand (Participatiewet, art. 56a): for a period, by default six months,
/// the college pays fixed charges from the benefit under a machtiging the person signs. One per dossier.
/// </summary>
internal sealed class Ontzorging : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The first day of the right to bijstand.</summary>
    public DateOnly BijstandSinds { get; set; }

    /// <summary>The first day of the ontzorgen.</summary>
    public DateOnly Startdatum { get; set; }

    /// <summary>The last day of the ontzorgen; see <see cref="OntzorgenRegels.StandaardEinddatum"/> for the default.</summary>
    public DateOnly Einddatum { get; set; }

    /// <summary>
    /// Why <see cref="Einddatum"/> differs from the six-month default, such as a longer period as maatwerk under
    /// Participatiewet art. 57, or <see langword="null"/> when it does not differ.
    /// </summary>
    public string? AfwijkingReden { get; set; }

    /// <summary>The fixed charges the college pays from the benefit.</summary>
    public List<VasteLast> VasteLasten { get; set; } = [];

    /// <summary>The day the person signed the machtiging, or <see langword="null"/>.</summary>
    public DateOnly? MachtigingOndertekendOp { get; set; }

    /// <summary>
    /// The day the person refused to cooperate, or <see langword="null"/>. A refusal leads to afstemming (a reduction) of
    /// the bijstand under Participatiewet art. 18.
    /// </summary>
    public DateOnly? WeigeringOp { get; set; }

    /// <summary>What the person refused and how the afstemming is weighed; set with <see cref="WeigeringOp"/>.</summary>
    public string? WeigeringToelichting { get; set; }

    public DateTimeOffset GewijzigdOp { get; set; }

    /// <summary>The host's user id of the employee who last changed the ontzorgen.</summary>
    public required string GewijzigdDoor { get; set; }
}
