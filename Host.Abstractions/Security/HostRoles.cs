namespace Host.Abstractions;

/// <summary>
/// The role stereotypes every host supports. A host maps its own roles onto these names; plugins name them in
/// <see cref="PermissionDefinition.DefaultRoles"/>.
/// </summary>
public static class HostRoles
{
    /// <summary>Consulent inburgering: works the whole inburgering dossier.</summary>
    public const string ConsulentInburgering = "consulent-inburgering";

    /// <summary>Klantmanager werk en inkomen: status, leerroute and termijn only.</summary>
    public const string Klantmanager = "klantmanager";

    /// <summary>Maatschappelijk begeleider: begeleiding and practical data.</summary>
    public const string MaatschappelijkBegeleider = "maatschappelijk-begeleider";

    /// <summary>Toetsbegeleider: the leerbaarheidstoets only.</summary>
    public const string Toetsbegeleider = "toetsbegeleider";

    /// <summary>Aanbieder: an employee of a language school, for its own students only.</summary>
    public const string Aanbieder = "aanbieder";

    /// <summary>Functioneel beheerder: configuration and plugins, no dossier content.</summary>
    public const string FunctioneelBeheerder = "functioneel-beheerder";

    /// <summary>Privacy officer: the processing log and inzage requests, no dossier content.</summary>
    public const string PrivacyOfficer = "privacy-officer";

    /// <summary>Beleidsmedewerker: aggregated dashboards only.</summary>
    public const string Beleidsmedewerker = "beleidsmedewerker";

    /// <summary>All role stereotypes, in the order hosts list them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ConsulentInburgering, Klantmanager, MaatschappelijkBegeleider, Toetsbegeleider,
        Aanbieder, FunctioneelBeheerder, PrivacyOfficer, Beleidsmedewerker,
    ];
}
