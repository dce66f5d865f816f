using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Dossiers;

/// <summary>One transition in a dossier's lifecycle: the previous and new status, the day, the employee and the reason.</summary>
internal sealed class DossierStatusWijziging : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public DossierStatus VorigeStatus { get; set; }

    public DossierStatus NieuweStatus { get; set; }

    /// <summary>The day the transition took effect.</summary>
    public DateOnly Op { get; set; }

    /// <summary>The host's user id of the employee, or the job id for a transition by the system.</summary>
    public required string Door { get; set; }

    /// <summary>Why, in the employee's words, or <see langword="null"/>.</summary>
    public string? Reden { get; set; }
}
