using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;

namespace SampleHost.Security.ApiClients;

/// <summary>Lists, creates and revokes the API clients of the current user's gemeente.</summary>
internal sealed class ApiClientAdministration(
    HostDbContext db,
    ITenantContext tenant,
    ICurrentUser user,
    RolePermissions rolePermissions,
    TimeProvider clock,
    ApiClientKeyCache keys,
    ILogger<ApiClientAdministration> logger)
{
    public const int MaxNameLength = 100;

    /// <summary>
    /// The roles the current user may give an API client: those whose every permission the user holds, so that no
    /// one grants a system more than they may do themselves, and the role aanbieder. A functioneel beheerder, who may
    /// not see dossiers, cannot make a key that reads them.
    /// </summary>
    /// <remarks>
    /// Only aanbieders hold the permission to deliver, so the first rule alone would let no staff user create the
    /// key an aanbieder needs for the API. The role aanbieder is grantable anyway, because <see cref="CreateAsync"/>
    /// requires an organisation for it and such a key reaches only the students that the gemeente referred to that
    /// organisation: it cannot read dossiers, other aanbieders' students or another gemeente's data.
    /// </remarks>
    public IReadOnlyList<string> GrantableRoles =>
    [
        .. HostRoles.All.Where(role => role == HostRoles.Aanbieder || rolePermissions.Definitions
            .Where(permission => rolePermissions.Grants(new HashSet<string>([role], StringComparer.Ordinal), permission.Name))
            .All(permission => user.HasPermission(permission.Name))),
    ];

    /// <summary>Returns the gemeente's API clients, active ones first, then by name.</summary>
    public async Task<IReadOnlyList<ApiClientRecord>> ListAsync(CancellationToken cancellationToken)
    {
        var clients = await db.ApiClients.AsNoTracking().ToListAsync(cancellationToken);
        return [.. clients.OrderBy(c => c.RevokedAt is not null).ThenBy(c => c.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Creates a client in the current gemeente and returns its key, which is not stored and cannot be shown again.</summary>
    /// <param name="name">The system's name.</param>
    /// <param name="role">One of <see cref="GrantableRoles"/>.</param>
    /// <param name="organisation">The organisation the client acts for (<see cref="Tenancy.Organisation"/>), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is empty or too long, <paramref name="role"/> is not one of <see cref="GrantableRoles"/>,
    /// or <paramref name="organisation"/> has the wrong form or is missing for the role aanbieder.
    /// </exception>
    public async Task<(ApiClientRecord Client, ApiClientCredential Credential)> CreateAsync(string name, string role, string? organisation, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (organisation is null ? role == HostRoles.Aanbieder : !Tenancy.Organisation.IsValid(organisation))
        {
            throw new ArgumentException($"'{organisation}' is not a valid organisation for the role {role}: use an 8-digit KvK number, optionally followed by / and a 12-digit vestigingsnummer.", nameof(organisation));
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Trim().Length, MaxNameLength, nameof(name));
        if (!GrantableRoles.Contains(role))
        {
            throw new ArgumentException($"'{role}' is not a role the user may grant. Use one of: {string.Join(", ", GrantableRoles)}.", nameof(role));
        }

        var credential = ApiClientCredential.Create();
        var client = new ApiClientRecord
        {
            Id = Guid.NewGuid(),
            Gemeente = tenant.Required.Value,
            Name = name.Trim(),
            Role = role,
            Organisation = organisation,
            KeyId = credential.KeyId,
            SecretHash = ApiClientCredential.Hash(credential.Secret),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.UserId,
            Version = 1,
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);

        Log.ApiClientCreated(logger, client.Id, client.Gemeente, user.UserId);
        return (client, credential);
    }

    /// <summary>
    /// Revokes the client <paramref name="id"/> of the current gemeente, if it is still at <paramref name="expectedVersion"/>.
    /// A client of another gemeente is not found.
    /// </summary>
    public async Task<ApiClientRevokeResult> RevokeAsync(Guid id, int expectedVersion, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (client is null)
        {
            return ApiClientRevokeResult.NotFound;
        }

        if (client.Version != expectedVersion)
        {
            return ApiClientRevokeResult.Conflict;
        }

        if (client.RevokedAt is not null)
        {
            return ApiClientRevokeResult.Revoked;
        }

        client.RevokedAt = clock.GetUtcNow();
        client.RevokedBy = user.UserId;
        client.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request changed the row between the read above and this write.
            return ApiClientRevokeResult.Conflict;
        }

        keys.Evict(client.KeyId);
        Log.ApiClientRevoked(logger, client.Id, client.Gemeente, user.UserId);
        return ApiClientRevokeResult.Revoked;
    }
}

/// <summary>The outcome of <see cref="ApiClientAdministration.RevokeAsync"/>.</summary>
internal enum ApiClientRevokeResult
{
    /// <summary>The client is revoked now, or was already.</summary>
    Revoked,

    /// <summary>No client with that id in the current gemeente.</summary>
    NotFound,

    /// <summary>The client changed since the user loaded the page; nothing was changed.</summary>
    Conflict,
}
