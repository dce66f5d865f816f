using Host.Abstractions;
using SampleHost.Security;

namespace SampleHost.Settings;

/// <summary>Stores the plugin settings of the gemeente, after the host checked each value against its definition.</summary>
internal sealed class SaveSettingsAction(PluginSettings settings) : IActionHandler
{
    public const string ActionId = "host.instellingen.opslaan";

    private readonly IReadOnlyList<SettingDefinition> _settings = [.. settings.ByPlugin().SelectMany(g => g.Settings)];

    public ActionDefinition Definition => new(
        ActionId,
        new("Instellingen opslaan", "Save settings"),
        [.. _settings.Select(s => s.Field with { Required = true })],
        HostPermissions.PluginsManage);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var errors = await settings.SaveAsync(_settings, request.Values, cancellationToken);
        return errors.Count > 0
            ? ActionResult.Invalid(errors)
            : ActionResult.Success(new ScreenLink(SettingsScreen.ScreenId, null), new("De instellingen zijn opgeslagen.", "The settings have been saved."));
    }
}
