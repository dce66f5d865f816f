using Host.Abstractions;

namespace SampleHost.Security;

/// <summary>The permissions of SampleHost's own screens.</summary>
internal sealed class HostPermissions : IPermissionProvider
{
    public const string ClientsView = "host.clients.view";

    public const string ClientsRegister = "host.clients.register";

    public const string PluginsManage = "host.plugins.manage";

    public const string ApiClientsManage = "host.apiclients.manage";

    public const string WorkQueueView = "host.werkvoorraad.view";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(ClientsView,
            new("Klanten en hun klantbeeld inzien", "View clients and their client page"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager, HostRoles.MaatschappelijkBegeleider]),
        new(ClientsRegister,
            new("Klanten registreren op BSN", "Register clients by BSN"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager]),
        new(WorkQueueView,
            new("De werkvoorraad van de gemeente inzien", "View the municipality's work queue"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager, HostRoles.MaatschappelijkBegeleider]),
        new(PluginsManage,
            new("Plugins en hun status beheren", "Manage plugins and see their status"),
            [HostRoles.FunctioneelBeheerder]),
        new(ApiClientsManage,
            new("API-clients van de gemeente aanmaken en intrekken", "Create and revoke the municipality's API clients"),
            [HostRoles.FunctioneelBeheerder]),
    ];
}
