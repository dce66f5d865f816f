using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>The showcase's permissions.</summary>
internal sealed class ShowcasePermissions : IPermissionProvider
{
    public const string View = "showcase.view";

    public const string Edit = "showcase.edit";

    /// <summary>Needed for the notes input only, to show an input the user may not edit.</summary>
    public const string EditNotes = "showcase.notes.edit";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(View, new("Voorbeeldschermen bekijken", "View the showcase screens"), [HostRoles.ConsulentInburgering, HostRoles.Klantmanager]),
        new(Edit, new("Het voorbeeldrecord wijzigen", "Edit the showcase record"), [HostRoles.ConsulentInburgering, HostRoles.Klantmanager]),
        new(EditNotes, new("Notities wijzigen", "Edit notes"), [HostRoles.ConsulentInburgering]),
    ];
}
