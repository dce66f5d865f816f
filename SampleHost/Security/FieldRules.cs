using Host.Abstractions;

namespace SampleHost.Security;

/// <summary>
/// The rules for field access, given a way to ask whether a permission is held: the field's own permissions, and
/// for a special category of personal data (such as health) also <see cref="HostPermissions.SpecialCategoryView"/>.
/// </summary>
internal static class FieldRules
{
    /// <summary>Returns whether the value of <paramref name="field"/> may be seen.</summary>
    public static bool CanView(FieldDefinition field, Func<string, bool> holds) =>
        (field.ViewPermission is null || holds(field.ViewPermission)) && MayHandle(field.Privacy, holds);

    /// <summary>Returns whether <paramref name="field"/> may be changed; a field without an edit permission is read-only.</summary>
    public static bool CanEdit(FieldDefinition field, Func<string, bool> holds) =>
        field.EditPermission is { } permission && holds(permission) && MayHandle(field.Privacy, holds);

    /// <summary>Returns whether an action's <paramref name="input"/> may be filled in; one without an edit permission is open to everyone who may run the action.</summary>
    public static bool CanEnter(FieldDefinition input, Func<string, bool> holds) =>
        (input.EditPermission is null || holds(input.EditPermission)) && MayHandle(input.Privacy, holds);

    private static bool MayHandle(PrivacyClass privacy, Func<string, bool> holds) =>
        privacy != PrivacyClass.SpecialCategory || holds(HostPermissions.SpecialCategoryView);
}
