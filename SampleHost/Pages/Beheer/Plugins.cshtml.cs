using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Plugins;
using SampleHost.Security;

namespace SampleHost.Pages.Beheer;

/// <summary>The plugin page for administrators: each plugin with its version, status and the reason for it.</summary>
internal sealed class PluginsModel(PluginCatalog catalog, ICurrentUser user) : PageModel
{
    public IReadOnlyList<PluginDescriptor> Plugins => catalog.Plugins;

    public static SemanticVersion HostApiVersion => HostApi.Version;

    public IActionResult OnGet() => user.HasPermission(HostPermissions.PluginsManage) ? Page() : Forbid();

    public static LocalizedText StatusText(PluginStatus status) => status switch
    {
        PluginStatus.Loaded => new("Actief", "Active"),
        PluginStatus.Incompatible => new("Niet compatibel", "Incompatible"),
        PluginStatus.Rejected => new("Geweigerd", "Refused"),
        PluginStatus.Malfunctioned => new("Defect", "Malfunctioned"),
        _ => new("Uitgeschakeld", "Disabled"),
    };
}
