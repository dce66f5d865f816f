using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// A signed package file made for download, kept only until <see cref="VerlooptOp"/>: the export stores the file so the
/// browser can fetch it with an id in the address, and deletes expired files of its gemeente on every export.
/// </summary>
internal sealed class OverdrachtBestand : IGemeenteOwned
{
    /// <summary>How long a file can be downloaded after the export.</summary>
    public static readonly TimeSpan Bewaarduur = TimeSpan.FromHours(1);

    public Guid Id { get; set; }

    public required string Gemeente { get; set; }

    /// <summary>The exported dossier.</summary>
    public Guid DossierId { get; set; }

    /// <summary>The package's id, also in the file name.</summary>
    public Guid PakketId { get; set; }

    /// <summary>The gemeentecode the package is addressed to.</summary>
    public required string OntvangendeGemeente { get; set; }

    /// <summary>The signed file, UTF-8 JSON.</summary>
    public required byte[] Inhoud { get; set; }

    public DateTimeOffset AangemaaktOp { get; set; }

    public DateTimeOffset VerlooptOp { get; set; }

    /// <summary>The user id of the employee who exported it.</summary>
    public string? AangemaaktDoor { get; set; }
}
