using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Persistence;

/// <summary>
/// Applies the migrations of the configured provider when the host starts. With nothing pending it does not call EF
/// Core's migrator, because the migrator builds and checks the whole model first.
/// </summary>
internal sealed class InburgeringDataStore(PluginDatabase database, InburgeringDbContext db, ILogger<InburgeringDataStore> logger) : IPluginDataStore
{
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = await PendingMigrations.FindAsync(database, cancellationToken);
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        // NOTE: the list of a gemeente's tables comes from the model, so a start on PostgreSQL still builds it.
        if (database.Provider == DatabaseProvider.PostgreSql)
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

        Log.MigrationsApplied(logger, pending.Count, database.Provider);
        return pending;
    }
}
