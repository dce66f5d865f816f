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

        var result = await settings.SaveAsync(_settings, request.Values, request.ExpectedVersion, cancellationToken);
        if (result.IsConflict)
        {
            return ActionResult.Conflict(new(
                "Iemand anders heeft de instellingen intussen gewijzigd. Uw wijzigingen zijn niet opgeslagen, maar staan nog in het formulier. Controleer de actuele waarden en sla opnieuw op.",
                "Someone else changed the settings in the meantime. Your changes were not saved, but are still in the form. Check the current values and save again."));
        }

        return result.Errors.Count > 0
            ? ActionResult.Invalid(result.Errors)
            : ActionResult.Success(new ScreenLink(SettingsScreen.ScreenId, null), new("De instellingen zijn opgeslagen.", "The settings have been saved."));
    }
}
