using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Voortgang;

/// <summary>One exam result of one <see cref="Examenonderdeel"/>, as DUO reported it; a dossier has a list of them.</summary>
internal sealed class Examenresultaat : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public Examenonderdeel Onderdeel { get; set; }

    /// <summary>The day the exam was taken.</summary>
    public DateOnly Examendatum { get; set; }

    public Taalniveau Niveau { get; set; }

    public ExamenUitkomst Resultaat { get; set; }

    /// <summary>The score (GGM <c>BehaaldeScore</c>), or <see langword="null"/> when DUO did not report one.</summary>
    public decimal? Score { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who recorded the result.</summary>
    public required string GeregistreerdDoor { get; set; }
}
