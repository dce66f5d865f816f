using Host.Abstractions;

namespace Schuldhulp.Plugin.Aanmeldingen;

/// <summary>The fields of an aanmelding, as screens, the action and the host's client record show them.</summary>
internal static class AanmeldingFields
{
    public static FieldDefinition Bsn { get; } = new("bsn", new LocalizedText("BSN", "BSN"), FieldType.Bsn);

    public static FieldDefinition Naam { get; } = new("naam", new LocalizedText("Naam", "Name"), FieldType.Text);

    public static FieldDefinition Aanmelddatum { get; } = new("aanmelddatum", new LocalizedText("Aanmelddatum", "Application date"), FieldType.Date);

    /// <summary>On the host's client record: whether the client applied for schuldhulp in this gemeente.</summary>
    public static FieldDefinition ClientAangemeld { get; } = new(
        "schuldhulp.aangemeld",
        new LocalizedText("Aangemeld voor schuldhulp", "Applied for debt counselling"),
        FieldType.Boolean)
    {
        ViewPermission = SchuldhulpPermissions.AanmeldingView,
    };

    /// <summary>On the host's client record: the day of the client's aanmelding, when there is one.</summary>
    public static FieldDefinition ClientAanmelddatum { get; } = new(
        "schuldhulp.aanmelddatum",
        new LocalizedText("Aanmelddatum schuldhulp", "Debt counselling application date"),
        FieldType.Date)
    {
        ViewPermission = SchuldhulpPermissions.AanmeldingView,
    };
}
