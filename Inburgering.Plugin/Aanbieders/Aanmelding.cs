using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// The referral (aanmelding) of an inburgeraar to an <see cref="Aanbieder"/> for one <see cref="Cursusonderdeel"/>
/// from a start date. It is what lets the aanbieder see the student and deliver attendance and progress.
/// </summary>
internal sealed class Aanmelding : IGemeenteOwned
{
    public Guid Id { get; set; }

    public Guid DossierId { get; set; }

    public Guid AanbiederId { get; set; }

    /// <summary>The gemeentecode of the gemeente that owns the dossier.</summary>
    public required string Gemeente { get; set; }

    public Cursusonderdeel Onderdeel { get; set; }

    /// <summary>The first day of the course.</summary>
    public DateOnly Startdatum { get; set; }

    /// <summary>The day the gemeente ended the referral, or <see langword="null"/> while it runs.</summary>
    public DateOnly? Einddatum { get; set; }

    public DateTimeOffset AangemeldOp { get; set; }

    /// <summary>The host's user id of the employee who made the referral.</summary>
    public required string AangemeldDoor { get; set; }

    /// <summary>Goes up by one on every change, so an edit of an older version is refused.</summary>
    public int Version { get; set; }
}
