using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The final interview of the Z-route of one dossier, held after the course and participation hours.</summary>
internal sealed class ZRouteEindgesprek : IGemeenteOwned
{
    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The day of the final interview.</summary>
    public DateOnly Datum { get; set; }

    /// <summary>The gemeente's judgement in the final interview.</summary>
    public OnderdeelResultaat Resultaat { get; set; }
}
