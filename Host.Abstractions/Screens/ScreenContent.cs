namespace Host.Abstractions;

/// <summary>The content of a screen: sections of elements and the actions the user can take.</summary>
/// <param name="Sections">The sections, in order.</param>
public sealed record ScreenContent(IReadOnlyList<ScreenSection> Sections)
{
    /// <summary>A heading above the sections, such as the name of the person; <see langword="null"/> for the screen title.</summary>
    public string? Heading { get; init; }

    /// <summary>The ids of the <see cref="IActionHandler"/>s offered on this screen, in order.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Values to fill the action forms with, by field key.</summary>
    public IReadOnlyDictionary<string, string?> ActionValues { get; init; } = new Dictionary<string, string?>();
}

/// <summary>A titled group of elements on a screen.</summary>
/// <param name="Title">The section title.</param>
/// <param name="Elements">The elements, in order.</param>
public sealed record ScreenSection(LocalizedText Title, IReadOnlyList<ScreenElement> Elements);

/// <summary>One element of a screen section.</summary>
public abstract record ScreenElement;

/// <summary>A labelled value.</summary>
/// <param name="Field">The field's definition.</param>
/// <param name="Value">The value, of the type <see cref="FieldDefinition.Type"/> names, or <see langword="null"/>.</param>
public sealed record FieldElement(FieldDefinition Field, object? Value) : ScreenElement;

/// <summary>A paragraph of text, such as an explanation or a notice.</summary>
/// <param name="Text">The text.</param>
public sealed record TextElement(LocalizedText Text) : ScreenElement;

/// <summary>A table of rows, each optionally linking to another screen.</summary>
/// <param name="Columns">The columns; each row has one value per column.</param>
/// <param name="Rows">The rows, in order.</param>
public sealed record ListElement(IReadOnlyList<FieldDefinition> Columns, IReadOnlyList<ListRow> Rows) : ScreenElement
{
    /// <summary>The text shown when there are no rows.</summary>
    public LocalizedText? EmptyText { get; init; }
}

/// <summary>One row of a <see cref="ListElement"/>.</summary>
/// <param name="Values">One value per column.</param>
/// <param name="Link">The screen the row opens, or <see langword="null"/>.</param>
public sealed record ListRow(IReadOnlyList<object?> Values, ScreenLink? Link);

/// <summary>A reference to a screen and the record to open it for.</summary>
/// <param name="ScreenId">The screen's <see cref="ScreenDefinition.Id"/>.</param>
/// <param name="RecordId">The record id, or <see langword="null"/>.</param>
public sealed record ScreenLink(string ScreenId, string? RecordId);
