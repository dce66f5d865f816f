namespace Schuldhulp.Plugin.Aanmeldingen;

/// <summary>
/// An aanmelding: a client of the gemeente asked for schuldhulpverlening. The client's BSN and name stay in the
/// host's client record; the plugin keeps only the host's client id.
/// </summary>
internal sealed class Aanmelding
{
    public Guid Id { get; set; }

    /// <summary>The CBS gemeentecode of the gemeente the aanmelding belongs to.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The host's id of the client; one aanmelding per client per gemeente.</summary>
    public required string ClientId { get; set; }

    /// <summary>The day the client applied, in Europe/Amsterdam.</summary>
    public DateOnly Aanmelddatum { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's user id of the employee who registered the aanmelding.</summary>
    public required string GeregistreerdDoor { get; set; }
}
