using System.Collections.Frozen;
using Host.Abstractions;

namespace SampleHost.Security;

/// <summary>
/// The permissions of each role: the default role stereotypes that the host and every loaded plugin declare.
/// </summary>
internal sealed class RolePermissions
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _rolesByPermission;

    public RolePermissions(IEnumerable<IPermissionProvider> providers)
    {
        Definitions = [.. providers.SelectMany(p => p.Permissions).OrderBy(p => p.Name, StringComparer.Ordinal)];
        _rolesByPermission = Definitions
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.SelectMany(p => p.DefaultRoles).ToFrozenSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
    }

    /// <summary>Every declared permission, by name.</summary>
    public IReadOnlyList<PermissionDefinition> Definitions { get; }

    /// <summary>Returns whether one of <paramref name="roles"/> has <paramref name="permission"/>. No role has an undeclared permission.</summary>
    public bool Grants(IReadOnlySet<string> roles, string permission) =>
        _rolesByPermission.TryGetValue(permission, out var granted) && roles.Any(granted.Contains);
}
