using Host.Abstractions;

namespace Inburgering.Plugin.Security;

/// <summary>The permissions the plugin checks, with the host roles that hold them by default.</summary>
internal sealed class InburgeringPermissions : IPermissionProvider
{
    public const string DossierView = "inburgering.dossier.view";

    public const string DossierRegister = "inburgering.dossier.register";

    public const string StatusView = "inburgering.status.view";

    public const string CijfersView = "inburgering.cijfers.view";

    public const string DossierClose = "inburgering.dossier.close";

    public const string DossierRestrict = "inburgering.dossier.restrict";

    public const string BeperktView = "inburgering.beperkt.view";

    public const string BeperkingLift = "inburgering.beperking.lift";

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
        new PermissionDefinition(
            DossierClose,
            new LocalizedText("Inburgeringsdossiers afsluiten", "Close integration dossiers"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            DossierRestrict,
            new LocalizedText(
                "De verwerking van een inburgeringsdossier beperken (AVG artikel 18), bijvoorbeeld na een intrekking door DUO",
                "Restrict the processing of an integration dossier (GDPR article 18), for example after a withdrawal by DUO"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            BeperktView,
            new LocalizedText("Beperkte inburgeringsdossiers inzien (alleen lezen)", "View restricted integration dossiers (read only)"),
            [HostRoles.PrivacyOfficer]),
        new PermissionDefinition(
            BeperkingLift,
            new LocalizedText("De beperking van een inburgeringsdossier opheffen", "Lift the restriction of an integration dossier"),
            [HostRoles.PrivacyOfficer]),
    ];
}
