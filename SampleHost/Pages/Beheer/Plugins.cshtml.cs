using System.Globalization;
using Host.Abstractions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Plugins;
using SampleHost.Security;

namespace SampleHost.Pages.Beheer;

/// <summary>
/// The plugin page for administrators: each plugin with its version, status and the reason for it, and each loaded
/// plugin's state in the administrator's own gemeente, with buttons to enable, disable or resume it there.
/// </summary>
[RequiresPermission(HostPermissions.PluginsManage)]
internal sealed class PluginsModel(PluginCatalog catalog, PluginTenantAdministration administration, ITenantContext tenant) : PageModel
{
    public IReadOnlyList<PluginDescriptor> Plugins => catalog.Plugins;

    public static SemanticVersion HostApiVersion => HostApi.Version;

    /// <summary>The administrator's gemeente, whose plugin states the page shows.</summary>
    public GemeenteCode? Gemeente => tenant.Current;

    /// <summary>Each loaded plugin with its state in <see cref="Gemeente"/>.</summary>
    public IReadOnlyList<PluginTenantOverview> TenantStates { get; private set; } = [];

    /// <summary>Set when a change was rejected because the state changed since the page was opened.</summary>
    public string? ConflictMessage { get; private set; }

    /// <summary>The outcome of the last change, shown once.</summary>
    [TempData]
    public string? Message { get; set; }

    public IActionResult OnGet()
    {
        TenantStates = administration.ForCurrentGemeente();
        return Page();
    }

    public Task<IActionResult> OnPostInschakelenAsync(string? pluginId, string? version, CancellationToken cancellationToken) =>
        ChangeAsync(pluginId, PluginTenantChange.Enable, version, cancellationToken);

    public Task<IActionResult> OnPostUitschakelenAsync(string? pluginId, string? version, CancellationToken cancellationToken) =>
        ChangeAsync(pluginId, PluginTenantChange.Disable, version, cancellationToken);

    public Task<IActionResult> OnPostHervattenAsync(string? pluginId, string? version, CancellationToken cancellationToken) =>
        ChangeAsync(pluginId, PluginTenantChange.Resume, version, cancellationToken);

    public static LocalizedText StatusText(PluginStatus status) => status switch
    {
        PluginStatus.Loaded => new("Actief", "Active"),
        PluginStatus.Incompatible => new("Niet compatibel", "Incompatible"),
        PluginStatus.Rejected => new("Geweigerd", "Rejected"),
        PluginStatus.Malfunctioned => new("Defect", "Malfunctioned"),
        _ => new("Uitgeschakeld", "Disabled"),
    };

    public static LocalizedText StateText(PluginTenantState state) => state switch
    {
        PluginTenantState.Enabled => new("Ingeschakeld", "Enabled"),
        PluginTenantState.Suspended => new("Opgeschort", "Suspended"),
        _ => new("Uitgeschakeld", "Disabled"),
    };

    /// <summary>Returns <paramref name="moment"/> as staff read it: a date and time in Europe/Amsterdam.</summary>
    public static string FormatMoment(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Texts.Amsterdam).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);

    private async Task<IActionResult> ChangeAsync(string? pluginId, PluginTenantChange change, string? version, CancellationToken cancellationToken)
    {
        // A form without a version was not based on the state shown now, so it counts as stale.
        var result = await administration.ChangeAsync(pluginId, change, version ?? string.Empty, cancellationToken);
        if (result == PluginTenantChangeResult.Forbidden)
        {
            return Forbid();
        }

        if (result == PluginTenantChangeResult.NotFound)
        {
            return NotFound();
        }

        if (result == PluginTenantChangeResult.Conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ConflictMessage = Texts.T(
                "Iemand anders heeft de status van deze plugin intussen gewijzigd. Er is niets gewijzigd. Hieronder staat de actuele status; kies zo nodig opnieuw.",
                "Someone else changed this plugin's state in the meantime. Nothing was changed. The current state is shown below; choose again if needed.");
            TenantStates = administration.ForCurrentGemeente();
            return Page();
        }

        var plugin = catalog.Loaded.First(p => p.Id == pluginId);
        Message = ChangeMessage(plugin.Manifest?.Name?.For(CultureInfo.CurrentUICulture) ?? plugin.Id, change, result == PluginTenantChangeResult.Changed);
        return RedirectToPage();
    }

    private string ChangeMessage(string name, PluginTenantChange change, bool changed)
    {
        var gemeente = tenant.Required.Value;
        if (!changed)
        {
            return Texts.T(
                $"Er is niets gewijzigd: {name} had in gemeente {gemeente} al deze status, of de knop past niet bij de huidige status.",
                $"Nothing changed: {name} already had this state in municipality {gemeente}, or the button does not apply to its current state.");
        }

        return change switch
        {
            PluginTenantChange.Disable => Texts.T(
                $"{name} is uitgeschakeld in gemeente {gemeente}. De gegevens blijven bewaard.",
                $"{name} is disabled in municipality {gemeente}. Its data are kept."),
            PluginTenantChange.Resume => Texts.T(
                $"{name} is hervat in gemeente {gemeente}.",
                $"{name} is resumed in municipality {gemeente}."),
            _ => Texts.T(
                $"{name} is ingeschakeld in gemeente {gemeente}.",
                $"{name} is enabled in municipality {gemeente}."),
        };
    }
}
