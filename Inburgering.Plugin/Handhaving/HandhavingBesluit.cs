using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Handhaving;

/// <summary>The gemeente's decision on a fine, recorded by an employee; the module never makes it.</summary>
internal sealed class HandhavingBesluit : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The fine decided on: <see cref="Maatregel.BoeteBredeIntake"/> or <see cref="Maatregel.BoetePip"/>.</summary>
    public Maatregel Maatregel { get; set; }

    public BesluitUitkomst Uitkomst { get; set; }

    /// <summary>The amount in euros when imposed; <see langword="null"/> when the gemeente decided against it.</summary>
    public decimal? Bedrag { get; set; }

    /// <summary>The day of the decision.</summary>
    public DateOnly Besluitdatum { get; set; }

    /// <summary>Why the gemeente decided against the fine, or a note to an imposed fine.</summary>
    public string? Reden { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who recorded the decision.</summary>
    public required string GeregistreerdDoor { get; set; }
}
