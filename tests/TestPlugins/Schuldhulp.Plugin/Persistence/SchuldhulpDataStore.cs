using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Schuldhulp.Plugin.Persistence;

/// <summary>Applies the migrations of the configured provider when the host starts.</summary>
internal sealed class SchuldhulpDataStore(SchuldhulpDbContext db, ILogger<SchuldhulpDataStore> logger) : IPluginDataStore
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();

        await db.Database.MigrateAsync(cancellationToken);

        Log.MigrationsApplied(logger, pending.Count, db.Database.ProviderName ?? "unknown");
        return pending;
    }
}
