using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;

namespace SampleHost.Plugins;

/// <summary>Records at start-up, after the migrations, each loaded plugin's version and migrations for every gemeente.</summary>
internal static class PluginTenantStateRecorder
{
    /// <summary>
    /// Adds a row for every pair of a loaded plugin and a gemeente that has none, in the state
    /// <see cref="PluginTenantStates.NewTenant"/> gives. Sets the plugin version and migrations on every row of a
    /// loaded plugin and leaves the states of existing rows alone.
    /// </summary>
    /// <returns>Every row of <c>plugin_tenant_states</c>, the new ones included.</returns>
    public static async Task<IReadOnlyList<PluginTenantStateRecord>> RecordAsync(
        HostDbContext db,
        IEnumerable<PluginDescriptor> loadedPlugins,
        IReadOnlyList<GemeenteCode> gemeenten,
        bool enableForNewTenants,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var records = await db.PluginTenantStates.ToListAsync(cancellationToken);
        var added = new List<PluginTenantStateRecord>();

        foreach (var plugin in loadedPlugins)
        {
            var rows = records.Where(r => r.PluginId == plugin.Id).ToDictionary(r => r.Gemeente, StringComparer.Ordinal);

            foreach (var gemeente in gemeenten.Where(g => !rows.ContainsKey(g.Value)))
            {
                var initial = PluginTenantStates.NewTenant(enableForNewTenants);
                var record = new PluginTenantStateRecord
                {
                    PluginId = plugin.Id,
                    Gemeente = gemeente.Value,
                    State = initial.State,
                    ReasonNl = initial.Reason?.Nl,
                    ReasonEn = initial.Reason?.En,
                    PluginVersion = string.Empty,
                    ChangedAt = clock.GetUtcNow(),
                    ChangedBy = PluginTenantStates.HostActor,
                };
                db.PluginTenantStates.Add(record);
                added.Add(record);
                rows.Add(gemeente.Value, record);
            }

            // The plugin's tables are shared by all gemeenten, so a migration applied once is applied for each of
            // them. Every row therefore gets the migrations recorded anywhere before, then those of this start-up.
            // NOTE: migrations applied before this table existed were never recorded and are missing from the list.
            var migrations = string.Join('\n', rows.Values
                .SelectMany(r => PluginTenantSnapshot.SplitMigrations(r.Migrations))
                .Concat(plugin.AppliedMigrations)
                .Distinct(StringComparer.Ordinal));
            var version = plugin.Manifest!.Version.ToString();
            foreach (var record in rows.Values)
            {
                record.PluginVersion = version;
                record.Migrations = migrations;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. records, .. added];
    }
}
