using Host.Abstractions;

namespace SampleHost.Plugins;

/// <summary>
/// Decides whether a contribution may be used in the current gemeente: the host's own always, a plugin's only while
/// the plugin is loaded and enabled there, so never without a gemeente.
/// </summary>
internal sealed class PluginAvailability(PluginCatalog plugins, PluginTenantStates states, ITenantContext tenant)
{
    public bool IsAvailable(object contribution) => plugins.OwnerOf(contribution) switch
    {
        null => true,
        { IsLoaded: false } => false,
        var plugin => tenant.Current is { } code && states.IsEnabled(plugin.Id, code),
    };
}
