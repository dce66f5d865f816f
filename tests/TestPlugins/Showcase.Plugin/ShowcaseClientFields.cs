using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>A field the host stores on its client record for the showcase: a short remark.</summary>
internal sealed class ShowcaseClientFields : IStoredFieldProvider
{
    public const string Remark = "showcase.opmerking";

    public string RecordType => HostRecordTypes.Client;

    public IReadOnlyList<FieldDefinition> Fields { get; } =
    [
        new(Remark, new("Opmerking (voorbeeld)", "Remark (showcase)"), FieldType.Text)
        {
            MaxLength = 50,
            ViewPermission = ShowcasePermissions.View,
            EditPermission = ShowcasePermissions.Edit,
        },
    ];
}
