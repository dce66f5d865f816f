using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SampleHost.Api.Operations;
using SampleHost.Persistence;

namespace SampleHost.Security.ApiClients;

/// <summary>
/// Keeps the API clients that authentication looked up, by key id, for <see cref="ApiOptions.KeyCacheDuration"/>, so a
/// system that calls the API many times a second costs one database query per key per period instead of one per request.
/// </summary>
/// <remarks>
/// Only clients that exist are kept, so unknown key ids cannot fill the cache. The secret is still compared with the
/// stored hash on every request. A client revoked on this instance is evicted at once; a client revoked on another
/// instance that shares the database is rejected here at most <see cref="ApiOptions.KeyCacheDuration"/> later.
/// </remarks>
internal sealed class ApiClientKeyCache(IOptions<ApiOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> _clients = new(StringComparer.Ordinal);

    /// <summary>Returns the client with <paramref name="keyId"/> from the cache, or else from <paramref name="db"/>; <see langword="null"/> when none exists.</summary>
    public async Task<ApiClientRecord?> FindAsync(string keyId, HostDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentNullException.ThrowIfNull(db);

        var duration = options.Value.KeyCacheDuration;
        var now = clock.GetUtcNow();
        if (_clients.TryGetValue(keyId, out var cached) && now - cached.LoadedAt < duration)
        {
            return cached.Client;
        }

        // No gemeente is known before the key is checked, so this one query looks past the gemeente filter.
        var client = await db.ApiClients
            .IgnoreQueryFilters()
            .AsNoTracking()
            .SingleOrDefaultAsync(c => c.KeyId == keyId, cancellationToken);
        if (client is null || duration <= TimeSpan.Zero)
        {
            _clients.TryRemove(keyId, out _);
            return client;
        }

        _clients[keyId] = new Entry(client, now);
        return client;
    }

    /// <summary>Removes the client with <paramref name="keyId"/>, so its next request reads the database again.</summary>
    public void Evict(string keyId) => _clients.TryRemove(keyId, out _);

    private sealed record Entry(ApiClientRecord Client, DateTimeOffset LoadedAt);
}
