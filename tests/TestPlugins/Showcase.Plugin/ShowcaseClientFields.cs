using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>
/// The fields the host stores on its client record for the showcase: a short remark, and a health note, a special
/// category of personal data that only users with the host's special-category permission may see.
/// </summary>
internal sealed class ShowcaseClientFields : IStoredFieldProvider
{
    public const string Remark = "showcase.opmerking";

    public const string HealthNote = "showcase.gezondheid";

    public string RecordType => HostRecordTypes.Client;

    public IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new(Remark, new("Opmerking (voorbeeld)", "Remark (showcase)"), FieldType.Text)
        {
            MaxLength = 50,
            ViewPermission = ShowcasePermissions.View,
            EditPermission = ShowcasePermissions.Edit,
        },
        new(HealthNote, new("Gezondheid (voorbeeld)", "Health (showcase)"), FieldType.Text)
        {
            MaxLength = 50,
            ViewPermission = ShowcasePermissions.View,
            EditPermission = ShowcasePermissions.Edit,
            Privacy = PrivacyClass.SpecialCategory,
        },
    ];
}
