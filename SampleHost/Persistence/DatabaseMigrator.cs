using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SampleHost.Plugins;

namespace SampleHost.Persistence;

/// <summary>
/// Creates or upgrades the host's tables and then each loaded plugin's, before the host serves any request, and
/// records the plugins' states per gemeente. A plugin whose migration fails is marked malfunctioned; the host keeps
/// its own tables and starts without it. On PostgreSQL all of it runs under an advisory lock, so of several instances
/// that start at once one migrates and the others wait and then find nothing pending.
/// </summary>
internal static class DatabaseMigrator
{
    public static async Task MigrateDatabasesAsync(this WebApplication app, CancellationToken cancellationToken)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        await using var scope = app.Services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        Log.MigrationLockWaiting(logger);
        await using var migrationLock = await PostgresAdvisoryLock.AcquireAsync(db, PostgresAdvisoryLock.MigrationsKey, cancellationToken);
        Log.MigrationLockAcquired(logger);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        await RowLevelSecurity.ApplyAsync(db, cancellationToken);
        Log.HostDatabaseMigrated(logger, db.Database.ProviderName ?? "unknown", pending);

        var catalog = scope.ServiceProvider.GetRequiredService<PluginCatalog>();
        foreach (var plugin in catalog.Loaded.ToList())
        {
            await MigratePluginAsync(plugin, scope.ServiceProvider, logger, cancellationToken);
        }

        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        await RecordPluginStatesAsync(db, catalog, clock, cancellationToken);
        await RecordPluginTenantStatesAsync(db, catalog, clock, scope.ServiceProvider, logger, cancellationToken);
    }

    /// <summary>Records each loaded plugin for every gemeente served and loads the states per gemeente into memory.</summary>
    private static async Task RecordPluginTenantStatesAsync(
        HostDbContext db,
        PluginCatalog catalog,
        TimeProvider clock,
        IServiceProvider services,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var tenants = services.GetRequiredService<TenantDirectory>();
        var options = services.GetRequiredService<IOptions<PluginsOptions>>().Value;
        if (tenants.Gemeenten.Count == 0)
        {
            Log.NoTenantsConfigured(logger);
        }

        var loaded = catalog.Loaded.ToList();
        var records = await PluginTenantStateRecorder.RecordAsync(db, loaded, tenants.Gemeenten, options.EnableForNewTenants, clock, cancellationToken);
        services.GetRequiredService<PluginTenantStates>().Load(records);
        Log.PluginTenantStatesRecorded(logger, loaded.Count, tenants.Gemeenten.Count);
    }

    private static async Task MigratePluginAsync(PluginDescriptor plugin, IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        if (services.GetKeyedService<IPluginDataStore>(plugin.Id) is not { } store)
        {
            return;
        }

        try
        {
            using var reflection = plugin.EnterContextualReflection!();
            var applied = await store.MigrateAsync(cancellationToken);
            plugin.SetMigrated(applied);
            Log.PluginMigrated(logger, plugin.Id, applied.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Containment: a failing plugin migration must not stop the host; the plugin page shows the reason.
            var error = $"{exception.GetType().Name}: {exception.Message}";
            plugin.Fail(PluginStatus.Malfunctioned, new LocalizedText(
                $"Plugin '{plugin.Id}' gaf een fout bij het migreren van zijn tabellen: {error}",
                $"Plugin '{plugin.Id}' failed while migrating its tables: {error}"));
            Log.PluginMigrationFailed(logger, plugin.Id, exception);
        }
    }

    private static async Task RecordPluginStatesAsync(HostDbContext db, PluginCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        foreach (var plugin in catalog.Plugins)
        {
            var state = await db.PluginStates.FindAsync([plugin.Id], cancellationToken);
            if (state is null)
            {
                state = new PluginStateRecord { PluginId = plugin.Id, Version = string.Empty, Status = string.Empty };
                db.PluginStates.Add(state);
            }

            state.Version = plugin.Manifest?.Version.ToString() ?? string.Empty;
            state.Status = plugin.Status.ToString();
            state.Reason = plugin.Reason?.En;
            state.AppliedMigrations = string.Join('\n', plugin.AppliedMigrations);
            state.CheckedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
