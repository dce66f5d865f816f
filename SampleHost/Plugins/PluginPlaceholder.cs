using Host.Abstractions;

namespace SampleHost.Plugins;

/// <summary>What the host shows in place of a plugin's screen, tab, fields or action result when the plugin failed.</summary>
internal static class PluginPlaceholder
{
    public static LocalizedText Text { get; } = new(
        "Dit onderdeel is tijdelijk niet beschikbaar. De functioneel beheerder is ingelicht.",
        "This part is temporarily unavailable. The application administrator has been informed.");

    /// <summary>The content of a screen or client tab whose plugin failed to load it.</summary>
    public static ScreenContent Content { get; } = new(
        [new ScreenSection(new LocalizedText("Tijdelijk niet beschikbaar", "Temporarily unavailable"), [new TextElement(Text)])]);

    /// <summary>The form-level error of an action whose plugin threw; the plugin may have stored part of its work.</summary>
    public static FieldError ActionError { get; } = new(
        string.Empty,
        new LocalizedText(
            "De actie is mislukt door een fout in dit onderdeel. Controleer of de gegevens zijn opgeslagen voordat u het opnieuw probeert. De functioneel beheerder is ingelicht.",
            "The action failed because of an error in this part. Check whether the data were saved before you try again. The application administrator has been informed."));

    /// <summary>Returns a field, labelled with the name of <paramref name="plugin"/>, that replaces its record fields.</summary>
    public static FieldElement Fields(PluginDescriptor plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);

        var label = plugin.Manifest?.Name ?? new LocalizedText(plugin.Id, plugin.Id);
        return new FieldElement(new FieldDefinition($"{plugin.Id}.niet-beschikbaar", label, FieldType.Text), Text);
    }
}
