namespace Host.Abstractions;

/// <summary>
/// A field that a plugin shows on a screen, asks for in an action, or adds to a host record.
/// </summary>
/// <param name="Key">The field's key, unique within its screen, action or record type, for example <c>doelgroep</c>.</param>
/// <param name="Label">The label shown next to the field.</param>
/// <param name="Type">The data type.</param>
public sealed record FieldDefinition(string Key, LocalizedText Label, FieldType Type)
{
    /// <summary>Whether an action rejects an empty value. Defaults to <see langword="false"/>.</summary>
    public bool Required { get; init; }

    /// <summary>The options of a <see cref="FieldType.Choice"/> field; empty for other types.</summary>
    public IReadOnlyList<ChoiceOption> Choices { get; init; } = [];

    /// <summary>A short hint shown under an input, or <see langword="null"/>.</summary>
    public LocalizedText? Hint { get; init; }

    /// <summary>How sensitive the value is. Defaults to <see cref="PrivacyClass.Sensitive"/>.</summary>
    public PrivacyClass Privacy { get; init; } = PrivacyClass.Sensitive;

    /// <summary>The permission needed to see the value, or <see langword="null"/> when seeing the screen is enough.</summary>
    public string? ViewPermission { get; init; }

    /// <summary>Returns the label of the option with <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">A choice code.</param>
    public LocalizedText? ChoiceLabel(string? code) => Choices.FirstOrDefault(c => c.Code == code)?.Label;
}
