using Host.Abstractions;
using SampleHost.Security;

namespace SampleHost.Tenancy;

/// <summary>The logged-in user, with permissions from the roles in the login cookie.</summary>
internal sealed class CurrentUser(ScopeIdentity identity, RolePermissions rolePermissions) : ICurrentUser
{
    public bool IsAuthenticated => identity.Current.IsAuthenticated;

    public string UserId => identity.Current.UserId;

    public string DisplayName => identity.Current.DisplayName;

    public string? Organisation => identity.Current.Organisation;

    public IReadOnlySet<string> Roles => identity.Current.Roles;

    public bool HasPermission(string permission) => rolePermissions.Grants(identity.Current.Roles, permission);
}
