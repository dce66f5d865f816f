using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Handhaving;

/// <summary>A fact the gemeente recorded for handhaving; <see cref="MaatregelAdvies"/> proposes measures from these.</summary>
internal sealed class HandhavingFeit : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public HandhavingFeitSoort Soort { get; set; }

    /// <summary>
    /// The day of the fact: the (last) invitation to the brede intake, the day the PIP obligation was not met, or the
    /// day the exceptional case was established.
    /// </summary>
    public DateOnly Datum { get; set; }

    /// <summary>The obligation not met; only for <see cref="HandhavingFeitSoort.PipVerwijtbaarNietNagekomen"/>.</summary>
    public PipVerplichting? Verplichting { get; set; }

    /// <summary>The description, note or reason, in the employee's words; optional only for the brede intake.</summary>
    public string? Omschrijving { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who recorded the fact.</summary>
    public required string GeregistreerdDoor { get; set; }
}
