using System.Text.Json.Serialization;

namespace SampleHost.Api;

/// <summary>A text in Dutch and English.</summary>
internal sealed record TextDto(string Nl, string En);

/// <summary>A screen the user may open, with its HTML and JSON addresses.</summary>
internal sealed record ScreenSummaryDto(string Id, TextDto Title, string Slot, int Order, string Href);

/// <summary>One screen's content and the actions the user may take on it.</summary>
internal sealed record ScreenDto(
    string Id,
    TextDto Title,
    string Slot,
    string? RecordId,
    string? Heading,
    string? Version,
    bool IsPrintable,
    IReadOnlyList<SectionDto> Sections,
    IReadOnlyList<ActionDto> Actions);

/// <summary>A titled group of elements.</summary>
internal sealed record SectionDto(TextDto Title, IReadOnlyList<ElementDto> Elements);

/// <summary>A field, a text, a list, a counter, a chart or a download; <see cref="Type"/> decides which of the other properties are set.</summary>
internal sealed record ElementDto(string Type)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FieldDto? Field { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ValueDto? Value { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextDto? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FieldDto>? Columns { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RowDto>? Rows { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public TextDto? EmptyText { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FieldDto>? Filters { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? SortableColumns { get; init; }

    /// <summary>The address of the next page of a list, or null on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NextPage { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Count { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LinkDto? Link { get; init; }

    /// <summary>The address of the file of a download, such as <c>/downloads/{downloadId}/{recordId}</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Href { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ChartKind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TextDto>? Categories { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SeriesDto>? Series { get; init; }
}

/// <summary>One series of a chart.</summary>
internal sealed record SeriesDto(TextDto Name, IReadOnlyList<decimal> Values);

/// <summary>A field's definition as a front end needs it to render a value or an input.</summary>
internal sealed record FieldDto(
    string Key,
    TextDto Label,
    string Type,
    bool Required,
    string Privacy,
    TextDto? Hint,
    IReadOnlyList<ChoiceDto> Choices)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MaxLength { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Minimum { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Maximum { get; init; }

    /// <summary>The input this one depends on and the values that show it, or null when it always shows.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConditionDto? VisibleWhen { get; init; }
}

/// <summary>A condition on another input of the same form.</summary>
internal sealed record ConditionDto(string FieldKey, IReadOnlyList<string> Values);

/// <summary>One option of a choice field.</summary>
internal sealed record ChoiceDto(string Code, TextDto Label);

/// <summary>A value in its raw form and as the HTML screens show it.</summary>
internal sealed record ValueDto(object? Raw, string Display);

/// <summary>A partial BRP date: unknown parts are null.</summary>
internal sealed record PartialDateDto(int? Year, int? Month, int? Day);

/// <summary>One row of a list, with the screen it opens.</summary>
internal sealed record RowDto(IReadOnlyList<ValueDto> Values, LinkDto? Link);

/// <summary>A screen and record, with the HTML and JSON addresses to open it.</summary>
internal sealed record LinkDto(string ScreenId, string? RecordId, string Href, string ApiHref);

/// <summary>An action offered on a screen: its form, pre-filled values and where to post it.</summary>
internal sealed record ActionDto(string Id, TextDto Label, IReadOnlyList<FieldDto> Inputs, IReadOnlyDictionary<string, string?> Values, string Href);

/// <summary>The body of an action request.</summary>
internal sealed record ActionRequestDto(string? RecordId, Dictionary<string, string?>? Values, string? ExpectedVersion);

/// <summary>The outcome of a successful action.</summary>
internal sealed record ActionResultDto(bool Succeeded, LinkDto? NavigateTo, TextDto? Message);
