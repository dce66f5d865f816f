namespace Host.Abstractions;

/// <summary>
/// A field that a plugin shows on a screen, requests in an action, or adds to a host record.
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

    /// <summary>
    /// The permission needed to enter a value in an action's form, or <see langword="null"/> when the action's permission
    /// is enough. A host leaves the input out for a user without it and passes no value for it.
    /// </summary>
    public string? EditPermission { get; init; }

    /// <summary>The maximum number of characters of a text value, or <see langword="null"/> for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>For a <see cref="FieldType.File"/> input: the file name extensions a browser offers, such as <c>.csv</c>; empty for any.</summary>
    public IReadOnlyList<string> AcceptedFileTypes { get; init; } = [];

    /// <summary>The smallest allowed value of a <see cref="FieldType.Number"/> field, or <see langword="null"/>.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest allowed value of a <see cref="FieldType.Number"/> field, or <see langword="null"/>.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>
    /// When the field applies, or <see langword="null"/> when it always does. An input whose condition does not hold is
    /// hidden, not validated and passed to the action as empty.
    /// </summary>
    public FieldCondition? VisibleWhen { get; init; }

    /// <summary>Returns the label of the option with <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">A choice code.</param>
    public LocalizedText? ChoiceLabel(string? code) => Choices.FirstOrDefault(c => c.Code == code)?.Label;
}
