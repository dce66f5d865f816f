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

    /// <summary>
    /// The version of the record as shown, or <see langword="null"/>. The host returns it unchanged in
    /// <see cref="ActionRequest.ExpectedVersion"/>, so a handler can reject an edit of a record that changed since.
    /// </summary>
    public string? Version { get; init; }

    /// <summary>
    /// Whether the screen refuses to show the record to the current user, for example a dossier whose processing is
    /// restricted. The sections then say why and whom to ask, without personal data. Hosts show them without actions
    /// and with status 403; the JSON API returns 403 problem+json with the text.
    /// </summary>
    public bool IsRefused { get; init; }

    /// <summary>
    /// Whether the screen is a document the user may print, such as a decision letter. Hosts then offer a print
    /// button, and the JSON API carries the flag as <c>isPrintable</c>. The default is <see langword="false"/>.
    /// </summary>
    public bool IsPrintable { get; init; }

    /// <summary>Creates the content of a screen that refuses to show its record; see <see cref="IsRefused"/>.</summary>
    /// <param name="title">The title of the only section.</param>
    /// <param name="reason">Why the record is not shown and whom to ask, without personal data.</param>
    public static ScreenContent Refused(LocalizedText title, LocalizedText reason) =>
        new([new ScreenSection(title, [new TextElement(reason)])]) { IsRefused = true };
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

    /// <summary>
    /// The inputs the user can filter the list by, such as a status; empty for no filters. Filter values travel in the
    /// URL, so a filter never has personal data such as a BSN or a name: hosts reject a <see cref="FieldType.Bsn"/> filter.
    /// </summary>
    public IReadOnlyList<FieldDefinition> Filters { get; init; } = [];

    /// <summary>The keys of the columns the user can sort by; empty when the order is fixed.</summary>
    public IReadOnlyList<string> SortableColumns { get; init; } = [];

    /// <summary>
    /// The position after the last row shown, for keyset paging, or <see langword="null"/> on the last page. The host
    /// passes it back in <see cref="ListQuery.After"/> for the next page.
    /// </summary>
    public string? NextPage { get; init; }
}

/// <summary>A link to download a file from an <see cref="IDownload"/>.</summary>
/// <param name="Label">The link's text, such as "Sjabloon downloaden (CSV)".</param>
/// <param name="DownloadId">The <see cref="DownloadDefinition.Id"/>.</param>
/// <param name="RecordId">The record the file is about, or <see langword="null"/>.</param>
public sealed record DownloadElement(LocalizedText Label, string DownloadId, string? RecordId) : ScreenElement;

/// <summary>A counter on a dashboard, such as the number of PIPs due this week.</summary>
/// <param name="Label">What is counted.</param>
/// <param name="Value">The count.</param>
public sealed record CounterElement(LocalizedText Label, long Value) : ScreenElement
{
    /// <summary>The screen with the counted records, or <see langword="null"/>.</summary>
    public ScreenLink? Link { get; init; }
}

/// <summary>A bar or line chart; hosts also show its data as a table, so it reads without seeing the chart.</summary>
/// <param name="Kind">Bars or lines.</param>
/// <param name="Title">What the chart shows.</param>
/// <param name="Categories">The labels along the horizontal axis, such as months.</param>
/// <param name="Series">One or more series with one value per category.</param>
public sealed record ChartElement(ChartKind Kind, LocalizedText Title, IReadOnlyList<LocalizedText> Categories, IReadOnlyList<ChartSeries> Series) : ScreenElement;

/// <summary>The kinds of chart.</summary>
public enum ChartKind
{
    /// <summary>Vertical bars per category.</summary>
    Bar,

    /// <summary>A line through the values of the categories.</summary>
    Line,
}

/// <summary>One series of a chart.</summary>
/// <param name="Name">The series' name in the legend.</param>
/// <param name="Values">One value per category.</param>
public sealed record ChartSeries(LocalizedText Name, IReadOnlyList<decimal> Values);

/// <summary>One row of a <see cref="ListElement"/>.</summary>
/// <param name="Values">One value per column.</param>
/// <param name="Link">The screen the row opens, or <see langword="null"/>.</param>
public sealed record ListRow(IReadOnlyList<object?> Values, ScreenLink? Link);

/// <summary>A reference to a screen and the record to open it for.</summary>
/// <param name="ScreenId">The screen's <see cref="ScreenDefinition.Id"/>.</param>
/// <param name="RecordId">The record id, or <see langword="null"/>.</param>
public sealed record ScreenLink(string ScreenId, string? RecordId);
