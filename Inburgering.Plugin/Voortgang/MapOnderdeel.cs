using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// The Module Arbeidsmarkt en Participatie (MAP) of one dossier, with the names of the GGM objecttype MAP. Its practical
/// hours are the <see cref="Uren.UrenSoort.MapPraktijk"/> rows of the dossier's hours. The onderwijsroute has no MAP.
/// </summary>
internal sealed class MapOnderdeel : IGemeenteOwned
{
    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The day of the eindgesprek at the gemeente (GGM <c>DatumEindgesprekMAP</c>), or <see langword="null"/>.</summary>
    public DateOnly? DatumEindgesprek { get; set; }

    /// <summary>Whether the gemeente judged the MAP completed in the eindgesprek, or <see langword="null"/> before it.</summary>
    public OnderdeelResultaat? Resultaat { get; set; }

    /// <summary>Why the MAP was not completed; set only with <see cref="OnderdeelResultaat.NietVoldaan"/>.</summary>
    public string? RedenNietSuccesvolVoltooid { get; set; }

    /// <summary>Whether the person is to blame that the MAP was not completed (GGM <c>IndicatorVerwijtbaar</c>).</summary>
    public bool? IndicatorVerwijtbaar { get; set; }

    /// <summary>The day the consulent registered the result in DUO's Portaal Inburgering, or <see langword="null"/>.</summary>
    public DateOnly? DuoGeregistreerdOp { get; set; }
}
