using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// The maatschappelijke begeleiding of an asielstatushouder: practical help with work, housing and income, and guidance
/// towards integration and participation, often by an organisation such as VluchtelingenWerk. One per dossier.
/// </summary>
internal sealed class MaatschappelijkeBegeleiding : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The organisation that provides the begeleiding.</summary>
    public required string Organisatie { get; set; }

    /// <summary>The contact person at the organisation, with a phone number or e-mail address, or <see langword="null"/>.</summary>
    public string? Contactpersoon { get; set; }

    /// <summary>The first day of the begeleiding.</summary>
    public DateOnly Startdatum { get; set; }

    /// <summary>The last day of the begeleiding, or <see langword="null"/> while it runs.</summary>
    public DateOnly? Einddatum { get; set; }

    public string? Notities { get; set; }

    public DateTimeOffset GewijzigdOp { get; set; }

    /// <summary>The host's user id of the employee who last changed the begeleiding.</summary>
    public required string GewijzigdDoor { get; set; }
}
