using Host.Abstractions;

namespace SampleHost.Security;

/// <summary>
/// The authorisation matrix: for every role, which permissions it holds, and for every page, route, screen, action
/// and record field of the host and the loaded plugins, which access rule applies. SampleHost builds it from what
/// is registered (<see cref="AuthorizationMatrixReader"/>), so an entry point added later appears by itself;
/// <see cref="Problems"/> names any that has no place in it.
/// </summary>
internal sealed class AuthorizationMatrix(
    RolePermissions rolePermissions,
    IReadOnlyList<EntryPoint> entryPoints,
    IReadOnlyList<MatrixField> fields,
    IReadOnlyList<string> problems)
{
    /// <summary>The role stereotypes, in the order hosts list them.</summary>
    public static IReadOnlyList<string> Roles => HostRoles.All;

    /// <summary>Every declared permission, by name.</summary>
    public IReadOnlyList<PermissionDefinition> Permissions => rolePermissions.Definitions;

    /// <summary>Every page, page handler, route, screen and action, ordered by kind and path.</summary>
    public IReadOnlyList<EntryPoint> EntryPoints { get; } = entryPoints;

    /// <summary>Every field that plugins add to host records, with its privacy class.</summary>
    public IReadOnlyList<MatrixField> Fields { get; } = fields;

    /// <summary>Entry points without an access rule, and rules that name an undeclared permission; empty when the matrix is complete.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>Returns whether a user with <paramref name="role"/> may hold <paramref name="permission"/>.</summary>
    public bool Grants(string role, string permission) => rolePermissions.Grants(new HashSet<string>([role], StringComparer.Ordinal), permission);

    /// <summary>Returns whether a user with <paramref name="role"/>, or an anonymous visitor when it is <see langword="null"/>, may take <paramref name="entryPoint"/>.</summary>
    public bool Allows(string? role, EntryPoint entryPoint)
    {
        ArgumentNullException.ThrowIfNull(entryPoint);

        return entryPoint.Rule.Kind switch
        {
            AccessKind.Anonymous => true,
            AccessKind.SignedIn => role is not null,
            _ => role is not null && entryPoint.Rule.Permissions.All(permission => Grants(role, permission)),
        };
    }

    /// <summary>Returns whether a user with <paramref name="role"/> may see the value of <paramref name="field"/>.</summary>
    public bool CanView(string role, FieldDefinition field) => FieldRules.CanView(field, permission => Grants(role, permission));

    /// <summary>Returns whether a user with <paramref name="role"/> may change <paramref name="field"/>.</summary>
    public bool CanEdit(string role, FieldDefinition field) => FieldRules.CanEdit(field, permission => Grants(role, permission));
}

/// <summary>A field that a plugin adds to a host record.</summary>
/// <param name="RecordType">The host record type, for example <c>client</c>.</param>
/// <param name="Stored">Whether the host stores the value (<see cref="IStoredFieldProvider"/>) rather than the plugin computing it.</param>
/// <param name="Definition">The field.</param>
internal sealed record MatrixField(string RecordType, bool Stored, FieldDefinition Definition);
