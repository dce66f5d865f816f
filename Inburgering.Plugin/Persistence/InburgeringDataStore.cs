using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Persistence;

/// <summary>Applies the migrations of the configured provider when the host starts.</summary>
internal sealed class InburgeringDataStore(InburgeringDbContext db, ILogger<InburgeringDataStore> logger) : IPluginDataStore
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            foreach (var table in db.GemeenteOwnedTables())
            {
                await db.Database.ExecuteSqlRawAsync(TenantRowSecurity.PostgreSqlPolicy(PostgreSqlInburgeringDbContext.Schema, table, "gemeente"), cancellationToken);
            }

            // Sender and receiver both see an overdracht, so its policy admits either gemeente.
            await db.Database.ExecuteSqlRawAsync(
                TenantRowSecurity.PostgreSqlPolicy(PostgreSqlInburgeringDbContext.Schema, "overdrachten", "afzender_gemeente", "ontvanger_gemeente"),
                cancellationToken);
        }

        Log.MigrationsApplied(logger, pending.Count, db.Database.ProviderName ?? "unknown");
        return pending;
    }
}
