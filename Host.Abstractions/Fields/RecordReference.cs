namespace Host.Abstractions;

/// <summary>The value of a <see cref="FieldType.Reference"/> field: a record shown by name, opening its screen.</summary>
/// <param name="Display">The text to show, such as the name of an aanbieder.</param>
/// <param name="Link">The screen that shows the record.</param>
public sealed record RecordReference(string Display, ScreenLink Link);
