using Host.Abstractions;

namespace Schuldhulp.Plugin;

/// <summary>The permission the plugin checks, with the host role that has it by default.</summary>
internal sealed class SchuldhulpPermissions : IPermissionProvider
{
    /// <summary>
    /// The permission to see the aanmeldingen and to register one. NOTE: one permission covers both to keep this
    /// test plugin small. A production plugin would separate registering from viewing.
    /// </summary>
    public const string AanmeldingView = "schuldhulp.aanmelding.view";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new PermissionDefinition(
            AanmeldingView,
            new LocalizedText("Aanmeldingen voor schuldhulpverlening zien en registreren", "View and register applications for debt counselling"),
            [HostRoles.Klantmanager]),
    ];
}
