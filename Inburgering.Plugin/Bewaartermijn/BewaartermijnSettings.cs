using Host.Abstractions;

namespace Inburgering.Plugin.Bewaartermijn;

/// <summary>The retention period per gemeente: how many years after closure a dossier keeps its personal data.</summary>
internal sealed class BewaartermijnSettings : ISettingsProvider
{
    public const string Jaren = "inburgering.bewaartermijn-jaren";

    public const int DefaultJaren = 5;

    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new(new FieldDefinition(Jaren, new LocalizedText("Bewaartermijn afgesloten dossiers (jaren)", "Retention period of closed dossiers (years)"), FieldType.Number)
        {
            Minimum = 1,
            Privacy = PrivacyClass.Normal,
            Hint = new LocalizedText(
                "Zoveel jaar na de datum van afsluiten worden de persoonsgegevens uit het dossier verwijderd.",
                "This many years after the closing date the personal data are removed from the dossier."),
        }, DefaultJaren.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
