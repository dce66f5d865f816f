namespace SampleHost.Clients;

/// <summary>A client (klant) of the work-and-income department of one gemeente.</summary>
internal sealed class Client
{
    public Guid Id { get; set; }

    /// <summary>The CBS gemeentecode of the gemeente the client belongs to.</summary>
    public required string Gemeente { get; set; }

    /// <summary>The BSN as nine characters; text, so leading zeros survive.</summary>
    public required string Bsn { get; set; }

    public required string Naam { get; set; }

    /// <summary>The birth date in the BRP's <c>yyyymmdd</c> form with zeros for unknown parts, or <see langword="null"/>.</summary>
    public string? Geboortedatum { get; set; }

    public DateTimeOffset GeregistreerdOp { get; set; }

    /// <summary>The host's id of the user who registered the client.</summary>
    public required string GeregistreerdDoor { get; set; }
}
