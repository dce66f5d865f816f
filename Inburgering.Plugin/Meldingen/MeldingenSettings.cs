using Host.Abstractions;

namespace Inburgering.Plugin.Meldingen;

/// <summary>The per-gemeente CloudEvents <c>source</c> of the notifications.</summary>
internal sealed class MeldingenSettings : ISettingsProvider
{
    public const string Bron = "inburgering.meldingen-bron";

    /// <summary>The placeholder in <see cref="Bron"/> that is replaced by the gemeentecode.</summary>
    public const string GemeentecodePlaceholder = "{gemeentecode}";

    public const string DefaultBron = "urn:nld:gemeente:" + GemeentecodePlaceholder + ":inburgering";

    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new(new FieldDefinition(Bron, new LocalizedText("Bron van meldingen (CloudEvents source)", "Source of notifications (CloudEvents source)"), FieldType.Text)
        {
            MaxLength = 200,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText(
                "Een URN die dit systeem en de gemeente aanwijst. Het NL GOV-profiel raadt urn:nld:oin:<OIN>:systeem:<naam> aan. {gemeentecode} wordt vervangen door de gemeentecode.",
                "A URN that names this system and the gemeente. The NL GOV profile recommends urn:nld:oin:<OIN>:systeem:<name>. {gemeentecode} is replaced by the gemeentecode."),
        }, DefaultBron),
    ];

    /// <summary>Returns the source for <paramref name="gemeente"/> from the setting's value, or the default when it is blank.</summary>
    public static string BronVoor(string? waarde, GemeenteCode gemeente)
    {
        var sjabloon = string.IsNullOrWhiteSpace(waarde) ? DefaultBron : waarde.Trim();

        return sjabloon.Replace(GemeentecodePlaceholder, gemeente.Value, StringComparison.Ordinal);
    }
}
