using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// A package the current gemeente took over, from its own mailbox or from a file. The unique package id per gemeente
/// makes a second takeover of the same package find the first dossier instead of creating another.
/// </summary>
internal sealed class OvergenomenPakket : IGemeenteOwned
{
    public required string Gemeente { get; set; }

    /// <summary>The <see cref="OverdrachtPakket.Id"/>.</summary>
    public Guid PakketId { get; set; }

    /// <summary>The dossier the package was taken over into.</summary>
    public Guid DossierId { get; set; }

    /// <summary>The four-digit gemeentecode of the sending gemeente.</summary>
    public required string AfzenderGemeente { get; set; }

    /// <summary>The sender's dossier id, as the package names it.</summary>
    public Guid AfzenderDossierId { get; set; }

    public DateTimeOffset OvergenomenOp { get; set; }

    /// <summary>The host's user id of the employee who took the package over.</summary>
    public required string OvergenomenDoor { get; set; }
}
