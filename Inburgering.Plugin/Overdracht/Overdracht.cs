namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// One warme overdracht in the mailbox between two gemeenten of one deployment: the package the sender prepared, and
/// each step with who took it and when. Both gemeenten see the row, so it is not <c>IGemeenteOwned</c>: the database
/// context filters it on "sender or receiver is the current gemeente", and PostgreSQL applies the same rule with
/// row-level security over both columns.
/// </summary>
internal sealed class Overdracht
{
    public Guid Id { get; set; }

    /// <summary>The four-digit gemeentecode of the sending gemeente; only that gemeente can add the row.</summary>
    public required string AfzenderGemeente { get; set; }

    /// <summary>The four-digit gemeentecode of the receiving gemeente.</summary>
    public required string OntvangerGemeente { get; set; }

    /// <summary>The sender's dossier that is handed over.</summary>
    public Guid AfzenderDossierId { get; set; }

    /// <summary>The package's <see cref="OverdrachtPakket.Id"/>.</summary>
    public Guid PakketId { get; set; }

    /// <summary>The package as JSON (<see cref="OverdrachtPakketJson"/>), exactly as previewed and sent.</summary>
    public required string PakketJson { get; set; }

    public OverdrachtStatus Status { get; set; }

    /// <summary>The day the person moved, on which the sender's dossier closes as Vertrokken.</summary>
    public DateOnly Verhuisdatum { get; set; }

    /// <summary>
    /// Why the receiver needs the health details, or <see langword="null"/> when they were left out. A special
    /// category of personal data (AVG art. 9) goes along only with this reason.
    /// </summary>
    public string? GezondheidReden { get; set; }

    public DateTimeOffset VoorbereidOp { get; set; }

    /// <summary>The host's user id of the sender's employee who prepared the package.</summary>
    public required string VoorbereidDoor { get; set; }

    public DateTimeOffset? VerzondenOp { get; set; }

    public string? VerzondenDoor { get; set; }

    /// <summary>When the receiver accepted or refused, or the sender withdrew; <see langword="null"/> before.</summary>
    public DateTimeOffset? AfgehandeldOp { get; set; }

    /// <summary>The host's user id of the employee who accepted, refused or withdrew.</summary>
    public string? AfgehandeldDoor { get; set; }

    /// <summary>Why the receiver refused or the sender withdrew the package.</summary>
    public string? Reden { get; set; }

    /// <summary>The receiver's new dossier, set on acceptance.</summary>
    public Guid? OntvangerDossierId { get; set; }

    /// <summary>Changes on every save, so two users who act on the same overdracht cannot overwrite each other.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
