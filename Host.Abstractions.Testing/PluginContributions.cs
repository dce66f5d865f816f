using Microsoft.Extensions.DependencyInjection;

namespace Host.Abstractions.Testing;

/// <summary>What one plugin contributes to the host through the contract, as resolved from a service scope.</summary>
internal sealed record PluginContributions(
    IReadOnlyList<ScreenDefinition> Screens,
    IReadOnlyList<ActionDefinition> Actions,
    IReadOnlyList<FieldDefinition> RecordFields,
    IReadOnlyList<PermissionDefinition> Permissions,
    IReadOnlyList<ProcessingActivity> Activities,
    IReadOnlyList<PermissionDefinition> DeclaredPermissions)
{
    /// <summary>Every permission the plugin's screens, actions, action inputs and record fields check.</summary>
    public IReadOnlyList<string> UsedPermissions =>
    [
        .. Screens.Select(s => s.ViewPermission)
            .Concat(Actions.Select(a => a.Permission))
            .Concat(Actions.SelectMany(a => a.Inputs).Concat(RecordFields).Select(f => f.ViewPermission).OfType<string>())
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>Resolves the contract services in <paramref name="services"/> and keeps those of <paramref name="plugin"/>.</summary>
    /// <param name="services">A scope's service provider.</param>
    /// <param name="plugin">The plugin.</param>
    /// <remarks><see cref="DeclaredPermissions"/> contains the permissions of the host and of every plugin.</remarks>
    public static PluginContributions From(IServiceProvider services, PluginEntry plugin)
    {
        var permissionProviders = services.GetServices<IPermissionProvider>().ToList();

        return new PluginContributions(
            [.. Owned<IScreen>(services, plugin).Select(s => s.Definition)],
            [.. Owned<IActionHandler>(services, plugin).Select(a => a.Definition)],
            [.. Owned<IRecordFieldProvider>(services, plugin).SelectMany(f => f.Fields)],
            [.. permissionProviders.Where(p => plugin.Owns(p.GetType())).SelectMany(p => p.Permissions)],
            [.. Owned<IProcessingActivityProvider>(services, plugin).SelectMany(p => p.Activities)],
            [.. permissionProviders.SelectMany(p => p.Permissions)]);
    }

    /// <summary>Returns the services of type <typeparamref name="T"/> that the plugin implements.</summary>
    public static IReadOnlyList<T> Owned<T>(IServiceProvider services, PluginEntry plugin)
        where T : notnull =>
        [.. services.GetServices<T>().Where(s => plugin.Owns(s.GetType()))];
}
