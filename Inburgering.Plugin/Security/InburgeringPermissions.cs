using Host.Abstractions;

namespace Inburgering.Plugin.Security;

/// <summary>The permissions the plugin checks, with the host roles that hold them by default.</summary>
internal sealed class InburgeringPermissions : IPermissionProvider
{
    public const string DossierView = "inburgering.dossier.view";

    public const string DossierRegister = "inburgering.dossier.register";

    public const string StatusView = "inburgering.status.view";

    public const string CijfersView = "inburgering.cijfers.view";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new PermissionDefinition(
            DossierView,
            new LocalizedText("Inburgeringsdossiers zoeken en bekijken", "Search and view integration dossiers"),
            [HostRoles.ConsulentInburgering, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            DossierRegister,
            new LocalizedText("Inburgeraars registreren en een BSN koppelen", "Register integration clients and link a BSN"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            StatusView,
            new LocalizedText("Inburgeringsstatus op de klantkaart zien", "See the integration status on the client page"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            CijfersView,
            new LocalizedText("Geaggregeerde cijfers over inburgering zien, zonder personen", "See aggregated civic integration figures, without persons"),
            [HostRoles.Beleidsmedewerker, HostRoles.ConsulentInburgering, HostRoles.Klantmanager]),
    ];
}
