namespace SampleHost.Security.ApiClients;

/// <summary>
/// A system that calls the JSON API for one gemeente in one role. The host keeps only the SHA-256 hash of the
/// secret; the secret itself is shown once, when the client is created.
/// </summary>
internal sealed class ApiClientRecord
{
    public Guid Id { get; set; }

    public required string Gemeente { get; set; }

    /// <summary>The name the functioneel beheerder gave the system, for example "Leerplatform taalschool".</summary>
    public required string Name { get; set; }

    /// <summary>The host role the client acts in, one of <see cref="Host.Abstractions.HostRoles"/>.</summary>
    public required string Role { get; set; }

    /// <summary>
    /// The organisation the client acts for, such as an aanbieder's KvK number with an optional <c>/</c> and
    /// vestigingsnummer (<see cref="Tenancy.Organisation"/>); required for the role aanbieder, otherwise optional.
    /// </summary>
    public string? Organisation { get; set; }

    /// <summary>The public part of the key, which finds this row; unique over all gemeenten.</summary>
    public required string KeyId { get; set; }

    /// <summary>The SHA-256 hash of the secret part of the key, 32 bytes.</summary>
    public required byte[] SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>Goes up by one on each change; an edit based on an older version is rejected.</summary>
    public int Version { get; set; }
}
