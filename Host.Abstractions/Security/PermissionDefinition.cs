namespace Host.Abstractions;

/// <summary>
/// A permission that a plugin checks, with the host roles that get it by default. A functioneel beheerder may
/// change the assignment per gemeente.
/// </summary>
/// <param name="Name">A name prefixed with the plugin id, for example <c>inburgering.dossier.view</c>.</param>
/// <param name="Description">What the permission allows, in Dutch and English.</param>
/// <param name="DefaultRoles">The <see cref="HostRoles"/> that hold this permission unless configured otherwise.</param>
public sealed record PermissionDefinition(string Name, LocalizedText Description, IReadOnlyList<string> DefaultRoles);

/// <summary>Declares the permissions of a plugin. Register implementations as <see cref="IPermissionProvider"/> services.</summary>
public interface IPermissionProvider
{
    /// <summary>The permissions the plugin checks.</summary>
    IReadOnlyList<PermissionDefinition> Permissions { get; }
}
