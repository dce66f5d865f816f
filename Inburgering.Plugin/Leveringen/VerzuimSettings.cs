using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Leveringen;

/// <summary>The per-gemeente threshold of unauthorised absence above which a delivered period gets a werkvoorraad task.</summary>
internal sealed class VerzuimSettings : ISettingsProvider
{
    public const string Verzuimdrempel = "inburgering.verzuimdrempel";

    public const int DefaultVerzuimdrempel = 15;

    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new(new FieldDefinition(Verzuimdrempel, new LocalizedText("Drempel ongeoorloofd verzuim (%)", "Unauthorised absence threshold (%)"), FieldType.Number)
        {
            Minimum = 0,
            Maximum = 100,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText(
                "Is het ongeoorloofd verzuim in een aangeleverde periode hoger dan dit percentage van de aangeboden uren, dan komt er een taak in de werkvoorraad. Precies gelijk aan de drempel geeft geen taak.",
                "When the unauthorised absence in a delivered period is more than this percentage of the hours offered, a task is added to the work queue. Exactly at the threshold gives no task."),
        }, DefaultVerzuimdrempel.ToString(CultureInfo.InvariantCulture)),
    ];
}
