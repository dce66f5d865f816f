using Microsoft.Extensions.DependencyInjection;

namespace Host.Abstractions.Tests.SdkExamples;

// The examples in docs/plugin-sdk.md are the regions of these files; SdkGuideTests checks that they match and runs them.

#region module
/// <summary>A small plugin that keeps notes per gemeente.</summary>
public sealed class NotesModule : IPluginModule
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, PluginContext context)
    {
        services.AddSingleton<NotesStore>();
        services.AddSingleton<IPermissionProvider, NotesPermissions>();
        services.AddScoped<IScreen, NotesScreen>();
        services.AddScoped<IActionHandler, AddNoteAction>();
    }
}
#endregion

#region permissions
/// <summary>The permissions of the notes plugin, with the roles that hold them by default.</summary>
public sealed class NotesPermissions : IPermissionProvider
{
    /// <summary>Reading notes.</summary>
    public const string View = "notes.view";

    /// <summary>Adding notes.</summary>
    public const string Add = "notes.add";

    /// <inheritdoc />
    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(View, new("Notities lezen", "Read notes"), [HostRoles.ConsulentInburgering, HostRoles.Klantmanager]),
        new(Add, new("Notities toevoegen", "Add notes"), [HostRoles.ConsulentInburgering]),
    ];
}
#endregion
