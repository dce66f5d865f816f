using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>The showcase's setting per gemeente: how many rows its list shows per page.</summary>
internal sealed class ShowcaseSettings : ISettingsProvider
{
    public const string PageSize = "showcase.paginagrootte";

    public IReadOnlyList<SettingDefinition> Settings { get; } =
    [
        new(new FieldDefinition(PageSize, new("Regels per pagina in de lijst", "Rows per page in the list"), FieldType.Number)
        {
            Minimum = 5,
            Maximum = 25,
            Privacy = PrivacyClass.Normal,
        }, "10"),
    ];
}
