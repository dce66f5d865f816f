using Host.Abstractions;

namespace SampleHost.Security;

/// <summary>Decides, by <see cref="FieldRules"/>, which fields the current user may see and change.</summary>
internal sealed class FieldAccess(ICurrentUser user)
{
    /// <summary>Returns whether the user may see the value of <paramref name="field"/>.</summary>
    public bool CanView(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);

        return FieldRules.CanView(field, user.HasPermission);
    }

    /// <summary>Returns whether the user may change <paramref name="field"/>.</summary>
    public bool CanEdit(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);

        return FieldRules.CanEdit(field, user.HasPermission);
    }

    /// <summary>Returns whether the user may fill in <paramref name="input"/> of an action.</summary>
    public bool CanEnter(FieldDefinition input)
    {
        ArgumentNullException.ThrowIfNull(input);

        return FieldRules.CanEnter(input, user.HasPermission);
    }

    /// <summary>Returns <paramref name="content"/> without the field elements the user may not see.</summary>
    public ScreenContent Filter(ScreenContent content)
    {
        ArgumentNullException.ThrowIfNull(content);

        var sections = content.Sections
            .Select(section => section with
            {
                Elements = [.. section.Elements.Where(element => element is not FieldElement field || CanView(field.Field))],
            })
            .ToList();
        return content with { Sections = sections };
    }
}
