using System.Collections.Concurrent;
using System.Collections.Immutable;
using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Persistence;

namespace SampleHost.Plugins;

/// <summary>
/// The state of every plugin in every gemeente, held in memory so a request reads it without a query, and stored in
/// <c>plugin_tenant_states</c> on every change. It also counts each plugin's consecutive failures per gemeente.
/// </summary>
/// <remarks>
/// NOTE: the states and failure counts are kept per process. Several SampleHost instances on one PostgreSQL
/// database each hold their own copy, so a change made on one instance reaches the others only when they restart.
/// </remarks>
internal sealed class PluginTenantStates(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<PluginsOptions> options,
    ILogger<PluginTenantStates> logger) : IDisposable
{
    /// <summary>The <see cref="PluginTenantStateRecord.ChangedBy"/> of changes the host makes itself: new gemeenten and suspensions.</summary>
    public const string HostActor = "samplehost";

    private static readonly PluginTenantSnapshot s_newTenantEnabled = new(PluginTenantState.Enabled, null, null, [], null, null);

    private static readonly PluginTenantSnapshot s_newTenantDisabled = new(
        PluginTenantState.Disabled,
        new LocalizedText(
            "Nieuwe gemeenten krijgen deze plugin uitgeschakeld, omdat Plugins:EnableForNewTenants op false staat. Schakel hem in als de gemeente hem gebruikt.",
            "New municipalities get this plugin disabled because Plugins:EnableForNewTenants is false. Enable it if the municipality uses it."),
        null,
        [],
        null,
        null);

    /// <summary>Serialises writes, so a read of a row and the write based on it are not interleaved with another change.</summary>
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private readonly ConcurrentDictionary<(string PluginId, string Gemeente), int> _failures = new();

    /// <summary>Replaced as a whole on every change, so readers never lock; <see langword="null"/> until start-up loads it.</summary>
    private ImmutableDictionary<(string PluginId, string Gemeente), PluginTenantSnapshot>? _snapshots;

    private ImmutableDictionary<(string PluginId, string Gemeente), PluginTenantSnapshot> Snapshots =>
        Volatile.Read(ref _snapshots)
        ?? throw new InvalidOperationException("The plugin states per gemeente were read before start-up loaded them. Run the database migrations first.");

    /// <summary>Returns the state a plugin gets in a gemeente that has no row yet, from <c>Plugins:EnableForNewTenants</c>.</summary>
    public static PluginTenantSnapshot NewTenant(bool enableForNewTenants) => enableForNewTenants ? s_newTenantEnabled : s_newTenantDisabled;

    /// <summary>Replaces the states in memory with <paramref name="records"/>, the whole table.</summary>
    public void Load(IEnumerable<PluginTenantStateRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);

        var snapshots = records.ToImmutableDictionary(r => (r.PluginId, r.Gemeente), PluginTenantSnapshot.From);
        Volatile.Write(ref _snapshots, snapshots);
    }

    /// <summary>Returns the state of <paramref name="pluginId"/> in <paramref name="gemeente"/>; a pair without a row gets the state of a new gemeente.</summary>
    public PluginTenantSnapshot Get(string pluginId, GemeenteCode gemeente) =>
        Snapshots.TryGetValue((pluginId, gemeente.Value), out var snapshot)
            ? snapshot
            : NewTenant(options.Value.EnableForNewTenants);

    public bool IsEnabled(string pluginId, GemeenteCode gemeente) => Get(pluginId, gemeente).State == PluginTenantState.Enabled;

    /// <summary>Returns how many calls into the plugin failed in a row in <paramref name="gemeente"/> since its last success.</summary>
    public int ConsecutiveFailures(string pluginId, GemeenteCode gemeente) => _failures.GetValueOrDefault((pluginId, gemeente.Value));

    /// <summary>Counts one more failure in a row and returns the new count.</summary>
    public int RecordFailure(string pluginId, GemeenteCode gemeente) =>
        _failures.AddOrUpdate((pluginId, gemeente.Value), 1, (_, count) => count + 1);

    /// <summary>Resets the count of failures in a row.</summary>
    public void RecordSuccess(string pluginId, GemeenteCode gemeente) => _failures.TryRemove((pluginId, gemeente.Value), out _);

    /// <summary>
    /// Sets the state of <paramref name="plugin"/> in <paramref name="gemeente"/> to <paramref name="target"/> if its
    /// current state is one of <paramref name="from"/>, stores it, and updates the copy in memory. Setting
    /// <see cref="PluginTenantState.Enabled"/> also resets the count of failures in a row.
    /// </summary>
    /// <returns>
    /// Whether the state changed: <see langword="false"/> when it already is <paramref name="target"/> or is not one of <paramref name="from"/>.
    /// </returns>
    public async Task<bool> ChangeAsync(
        PluginDescriptor plugin,
        GemeenteCode gemeente,
        PluginTenantState target,
        LocalizedText? reason,
        string actor,
        IReadOnlyCollection<PluginTenantState> from,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(from);

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
            var record = await db.PluginTenantStates.FindAsync([plugin.Id, gemeente.Value], cancellationToken);

            var current = record?.State ?? Get(plugin.Id, gemeente).State;
            if (current == target || !from.Contains(current))
            {
                return false;
            }

            if (record is null)
            {
                record = new PluginTenantStateRecord
                {
                    PluginId = plugin.Id,
                    Gemeente = gemeente.Value,
                    PluginVersion = plugin.Manifest?.Version.ToString() ?? string.Empty,
                    Migrations = string.Join('\n', KnownMigrations(plugin.Id)),
                    ChangedBy = actor,
                };
                db.PluginTenantStates.Add(record);
            }

            record.State = target;
            record.ReasonNl = reason?.Nl;
            record.ReasonEn = reason?.En;
            record.ChangedAt = clock.GetUtcNow();
            record.ChangedBy = actor;
            await db.SaveChangesAsync(cancellationToken);

            Volatile.Write(ref _snapshots, Snapshots.SetItem((plugin.Id, gemeente.Value), PluginTenantSnapshot.From(record)));
            if (target == PluginTenantState.Enabled)
            {
                RecordSuccess(plugin.Id, gemeente);
            }

            Log.PluginTenantStateChanged(logger, plugin.Id, gemeente.Value, target, actor);
            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose() => _writeGate.Dispose();

    /// <summary>The migrations recorded for the plugin in any gemeente; its tables are shared by all of them.</summary>
    private IEnumerable<string> KnownMigrations(string pluginId) => Snapshots
        .Where(entry => entry.Key.PluginId == pluginId)
        .SelectMany(entry => entry.Value.Migrations)
        .Distinct(StringComparer.Ordinal);
}

/// <summary>
/// The state of one plugin in one gemeente, with the reason and what the host recorded there. The version,
/// <see cref="ChangedAt"/> and <see cref="ChangedBy"/> are <see langword="null"/> for a gemeente without a row.
/// </summary>
internal sealed record PluginTenantSnapshot(
    PluginTenantState State,
    LocalizedText? Reason,
    string? PluginVersion,
    IReadOnlyList<string> Migrations,
    DateTimeOffset? ChangedAt,
    string? ChangedBy)
{
    public static PluginTenantSnapshot From(PluginTenantStateRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var reason = record.ReasonNl is null ? null : new LocalizedText(record.ReasonNl, record.ReasonEn ?? record.ReasonNl);
        return new(record.State, reason, record.PluginVersion, SplitMigrations(record.Migrations), record.ChangedAt, record.ChangedBy);
    }

    /// <summary>Returns the migration names stored one per line in <see cref="PluginTenantStateRecord.Migrations"/>.</summary>
    public static string[] SplitMigrations(string migrations) => migrations.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
