using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>The settings of the voortgangsgesprekken per gemeente.</summary>
internal sealed class BegeleidingSettings : ISettingsProvider
{
    public const string IntervalMaanden = "inburgering.voortgangsgesprek-interval-maanden";

    public const int DefaultIntervalMaanden = 3;

    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new(new FieldDefinition(IntervalMaanden, new LocalizedText("Interval voortgangsgesprekken (maanden)", "Interval between progress meetings (months)"), FieldType.Number)
        {
            Minimum = 1,
            Maximum = 24,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText(
                "Zoveel maanden na het laatste gehouden voortgangsgesprek, of na de dagtekening van het eerste PIP, moet het volgende gesprek zijn gepland. De wet schrijft geen frequentie voor; de gemeente kiest die zelf.",
                "This many months after the last held progress meeting, or after the date of the first PIP, the next meeting must be planned. The law sets no frequency; the municipality chooses it."),
        }, DefaultIntervalMaanden.ToString(CultureInfo.InvariantCulture)),
    ];
}
