using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Voortgang;

/// <summary>The KNM (kennis van de Nederlandse maatschappij) part of one dossier: its status and the exam.</summary>
internal sealed class KnmOnderdeel : IGemeenteOwned
{
    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public KnmStatus Status { get; set; }

    /// <summary>The day of the KNM exam, or <see langword="null"/>.</summary>
    public DateOnly? Examendatum { get; set; }

    /// <summary>The result of the KNM exam, or <see langword="null"/> before a result.</summary>
    public ExamenUitkomst? Examenresultaat { get; set; }
}
