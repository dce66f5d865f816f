using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Termijn;

/// <summary>
/// The recorded fact that the person is not to blame for finishing after the termijn, because they followed designated
/// non-exempting education (Besluit inburgering 2021, art. 4.3 lid 2).
/// </summary>
internal sealed class GeenVerwijt : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The day the gemeente established the fact.</summary>
    public DateOnly VastgesteldOp { get; set; }

    public GeenVerwijtGrond Grond { get; set; }

    /// <summary>The reason: which education, where and since when.</summary>
    public required string Toelichting { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who recorded the fact.</summary>
    public required string GeregistreerdDoor { get; set; }
}
