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

    /// <summary>Assigning, releasing and closing tasks in the werkvoorraad, on top of <see cref="WorkQueueView"/>.</summary>
    public const string WorkQueueHandle = "host.werkvoorraad.behandelen";

    /// <summary>
    /// Seeing and changing special categories of personal data (AVG article 9), such as health, on top of the
    /// field's own permission. The host checks it for every field whose privacy class is special category.
    /// </summary>
    public const string SpecialCategoryView = "host.bijzondere-persoonsgegevens";

    public const string ProcessingLogView = "host.verwerkingslog.view";

    public const string Inzage = "host.inzage";

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
        new(WorkQueueHandle,
            new("Taken in de werkvoorraad toewijzen, vrijgeven en afhandelen", "Assign, release and close tasks in the work queue"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager, HostRoles.MaatschappelijkBegeleider]),
        new(SpecialCategoryView,
            new("Bijzondere persoonsgegevens zien en wijzigen, zoals gezondheid", "See and change special categories of personal data, such as health"),
            [HostRoles.ConsulentInburgering]),
        new(PluginsManage,
            new("Plugins en hun status beheren", "Manage plugins and see their status"),
            [HostRoles.FunctioneelBeheerder]),
        new(ProcessingLogView,
            new("Het verwerkingslog van de gemeente inzien en de keten controleren", "View the municipality's processing log and verify its chain"),
            [HostRoles.PrivacyOfficer]),
        new(Inzage,
            new("Een inzage-overzicht van verwerkingen maken voor één persoon", "Produce a subject access overview of processing for one person"),
            [HostRoles.PrivacyOfficer]),
        new(ApiClientsManage,
            new("API-clients van de gemeente aanmaken en intrekken", "Create and revoke the municipality's API clients"),
            [HostRoles.FunctioneelBeheerder]),
    ];
}
