using Host.Abstractions;
using SampleHost.Plugins;
using SampleHost.Security;

namespace SampleHost.Settings;

/// <summary>
/// The host's own screen for the plugin settings of the gemeente, rendered and validated like any plugin screen:
/// one section per plugin with the current values, and one form to change them.
/// </summary>
internal sealed class SettingsScreen(PluginSettings settings, PluginCatalog plugins) : IScreen
{
    public const string ScreenId = "host.instellingen";

    public ScreenDefinition Definition { get; } = new(ScreenId, new("Instellingen", "Settings"), HostSlots.Navigation, HostPermissions.PluginsManage)
    {
        Order = 100,
    };

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var groups = settings.ByPlugin();
        if (groups.Count == 0)
        {
            return new ScreenContent([new ScreenSection(new("Instellingen", "Settings"),
                [new TextElement(new("De plugins van deze gemeente hebben geen instellingen.", "The plugins of this municipality have no settings."))])]);
        }

        var all = groups.SelectMany(g => g.Settings).ToList();
        var values = await settings.ValuesAsync(all, cancellationToken);
        var sections = groups.Select(g => new ScreenSection(
            plugins.Plugins.FirstOrDefault(p => p.Id == g.PluginId)?.Manifest?.Name ?? new LocalizedText(g.PluginId, g.PluginId),
            [.. g.Settings.Select(s => (ScreenElement)new FieldElement(s.Field, Display(s.Field, values[s.Field.Key])))]));

        return new ScreenContent([.. sections])
        {
            Actions = [SaveSettingsAction.ActionId],
            ActionValues = values,
            Version = await settings.VersionAsync(all, cancellationToken),
        };
    }

    /// <summary>Returns a stored value in the type the field shows.</summary>
    private static object? Display(FieldDefinition field, string? value) => field.Type switch
    {
        FieldType.Boolean => value == "true",
        FieldType.Number when decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number) => number,
        FieldType.Date when DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) => date,
        _ => value,
    };
}
