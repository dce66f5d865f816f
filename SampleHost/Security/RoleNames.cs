using Host.Abstractions;

namespace SampleHost.Security;

/// <summary>The names of the role stereotypes as staff read them.</summary>
internal static class RoleNames
{
    public static LocalizedText For(string role) => role switch
    {
        HostRoles.ConsulentInburgering => new("Consulent inburgering", "Civic integration officer"),
        HostRoles.Klantmanager => new("Klantmanager werk en inkomen", "Work and income case manager"),
        HostRoles.MaatschappelijkBegeleider => new("Maatschappelijk begeleider", "Social support worker"),
        HostRoles.Toetsbegeleider => new("Toetsbegeleider", "Test supervisor"),
        HostRoles.Aanbieder => new("Aanbieder", "Course provider"),
        HostRoles.FunctioneelBeheerder => new("Functioneel beheerder", "Application administrator"),
        HostRoles.PrivacyOfficer => new("Privacy officer", "Privacy officer"),
        HostRoles.Beleidsmedewerker => new("Beleidsmedewerker", "Policy officer"),
        _ => new(role, role),
    };
}
