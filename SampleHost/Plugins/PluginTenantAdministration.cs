using Host.Abstractions;
using SampleHost.Security;

namespace SampleHost.Plugins;

/// <summary>
/// Lets a functioneel beheerder enable, disable and resume plugins in the gemeente of the current user. Changes take
/// effect on the next request, without a restart, and leave the plugin's data alone.
/// </summary>
internal sealed class PluginTenantAdministration(PluginCatalog catalog, PluginTenantStates states, ICurrentUser user, ITenantContext tenant)
{
    private static readonly PluginTenantState[] s_fromDisabledOrSuspended = [PluginTenantState.Disabled, PluginTenantState.Suspended];

    private static readonly PluginTenantState[] s_fromEnabledOrSuspended = [PluginTenantState.Enabled, PluginTenantState.Suspended];

    private static readonly PluginTenantState[] s_fromSuspended = [PluginTenantState.Suspended];

    private static readonly LocalizedText s_disabledReason = new(
        "Uitgeschakeld door een functioneel beheerder van de gemeente.",
        "Disabled by an application administrator of the municipality.");

    /// <summary>Whether the current user may see and change plugin states.</summary>
    public bool CanManage => user.HasPermission(HostPermissions.PluginsManage) && tenant.Current is not null;

    /// <summary>Returns each loaded plugin with its state in the current gemeente, or nothing when the user may not manage plugins.</summary>
    public IReadOnlyList<PluginTenantOverview> ForCurrentGemeente()
    {
        if (!CanManage)
        {
            return [];
        }

        var gemeente = tenant.Required;
        return [.. catalog.Loaded.Select(p => new PluginTenantOverview(p, states.Get(p.Id, gemeente), states.ConsecutiveFailures(p.Id, gemeente)))];
    }

    /// <summary>Returns the version of a plugin's state in a gemeente, which the page's buttons carry: the state and when it last changed.</summary>
    public static string VersionOf(PluginTenantSnapshot state) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{state.State}-{state.ChangedAt?.UtcTicks ?? 0}");

    /// <summary>Applies <paramref name="change"/> to the plugin <paramref name="pluginId"/> in the current gemeente, whatever its version.</summary>
    public Task<PluginTenantChangeResult> ChangeAsync(string? pluginId, PluginTenantChange change, CancellationToken cancellationToken) =>
        ChangeAsync(pluginId, change, null, cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the plugin <paramref name="pluginId"/> in the current gemeente. When
    /// <paramref name="expectedVersion"/> is set and the state has another <see cref="VersionOf"/>, someone changed it
    /// since the page was opened, and nothing changes.
    /// </summary>
    public async Task<PluginTenantChangeResult> ChangeAsync(string? pluginId, PluginTenantChange change, string? expectedVersion, CancellationToken cancellationToken)
    {
        if (!CanManage)
        {
            return PluginTenantChangeResult.Forbidden;
        }

        if (catalog.Loaded.FirstOrDefault(p => p.Id == pluginId) is not { } plugin)
        {
            return PluginTenantChangeResult.NotFound;
        }

        // NOTE: this check runs before PluginTenantStates takes its write lock, so two clicks at the same moment can
        // both pass it. The allowed source states that PluginTenantStates checks under the lock still apply then.
        if (expectedVersion is not null && expectedVersion != VersionOf(states.Get(plugin.Id, tenant.Required)))
        {
            return PluginTenantChangeResult.Conflict;
        }

        var (target, reason, from) = change switch
        {
            PluginTenantChange.Enable => (PluginTenantState.Enabled, (LocalizedText?)null, s_fromDisabledOrSuspended),
            PluginTenantChange.Disable => (PluginTenantState.Disabled, (LocalizedText?)s_disabledReason, s_fromEnabledOrSuspended),
            PluginTenantChange.Resume => (PluginTenantState.Enabled, (LocalizedText?)null, s_fromSuspended),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Use Enable, Disable or Resume."),
        };

        var changed = await states.ChangeAsync(plugin, tenant.Required, target, reason, user.UserId, from, cancellationToken);
        return changed ? PluginTenantChangeResult.Changed : PluginTenantChangeResult.Unchanged;
    }
}

/// <summary>A change a functioneel beheerder makes to a plugin in the gemeente.</summary>
internal enum PluginTenantChange
{
    /// <summary>Disabled or suspended to enabled.</summary>
    Enable,

    /// <summary>Enabled or suspended to disabled.</summary>
    Disable,

    /// <summary>Suspended to enabled, with the count of failures in a row reset.</summary>
    Resume,
}

/// <summary>The outcome of <see cref="PluginTenantAdministration.ChangeAsync(string?, PluginTenantChange, string?, CancellationToken)"/>.</summary>
internal enum PluginTenantChangeResult
{
    Changed,

    /// <summary>The plugin already had the requested state, or the change does not apply to its state.</summary>
    Unchanged,

    /// <summary>The state changed since the user opened the page; nothing was changed.</summary>
    Conflict,

    /// <summary>No plugin with that id is loaded.</summary>
    NotFound,

    /// <summary>The user lacks <see cref="HostPermissions.PluginsManage"/> or works for no gemeente.</summary>
    Forbidden,
}

/// <summary>A loaded plugin with its state in one gemeente and its current count of failures in a row there.</summary>
internal sealed record PluginTenantOverview(PluginDescriptor Plugin, PluginTenantSnapshot State, int ConsecutiveFailures);
