namespace Host.Abstractions;

/// <summary>One option of a <see cref="FieldType.Choice"/> field.</summary>
/// <param name="Code">The stored value, stable across versions.</param>
/// <param name="Label">The text shown for it.</param>
public sealed record ChoiceOption(string Code, LocalizedText Label);
