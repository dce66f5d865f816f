using System.Globalization;
using Host.Abstractions;
using SampleHost.Downloads;
using SampleHost.Screens;

namespace SampleHost.Api;

/// <summary>
/// The JSON form of the declarative screen model, so a vendor with another user interface can render the same
/// screens and start the same actions. Texts carry Dutch and English; values carry their raw form and the text the
/// HTML screens show, formatted for the request's culture.
/// </summary>
internal static class ScreenJson
{
    public static ScreenSummaryDto Summary(IScreen screen) => new(
        screen.Definition.Id,
        Text(screen.Definition.Title),
        screen.Definition.Slot,
        screen.Definition.Order,
        ScreenView.Url(new ScreenLink(screen.Definition.Id, null)));

    public static ScreenDto Screen(IScreen screen, ScreenContent content, string? recordId, IReadOnlyList<IActionHandler> actions, ListQuery query, CultureInfo culture) => new(
        screen.Definition.Id,
        Text(screen.Definition.Title),
        screen.Definition.Slot,
        recordId,
        content.Heading,
        content.Version,
        content.IsPrintable,
        [.. content.Sections.Select(section => new SectionDto(Text(section.Title), [.. section.Elements.Select(element => Element(screen, recordId, element, query, culture))]))],
        [.. actions.Select(action => Action(action, content.ActionValues))]);

    private static ElementDto Element(IScreen screen, string? recordId, ScreenElement element, ListQuery query, CultureInfo culture) => element switch
    {
        FieldElement field => new ElementDto("field")
        {
            Field = Field(field.Field),
            Value = Value(field.Field, field.Value, culture),
        },
        TextElement text => new ElementDto("text") { Text = Text(text.Text) },
        ListElement list => new ElementDto("list")
        {
            Columns = [.. list.Columns.Select(Field)],
            Rows = [.. list.Rows.Select(row => new RowDto(
                [.. list.Columns.Select((column, i) => Value(column, i < row.Values.Count ? row.Values[i] : null, culture))],
                row.Link is { } link ? Link(link) : null))],
            EmptyText = list.EmptyText is { } empty ? Text(empty) : null,
            Filters = [.. list.Filters.Select(Field)],
            SortableColumns = list.SortableColumns,
            NextPage = list.NextPage is { } after
                ? new ScreenView(screen, new ScreenContent([]), recordId, []).ListUrl(query with { After = after }).Replace("/schermen/", "/api/screens/", StringComparison.Ordinal)
                : null,
        },
        CounterElement counter => new ElementDto("counter")
        {
            Text = Text(counter.Label),
            Count = counter.Value,
            Link = counter.Link is { } counterLink ? Link(counterLink) : null,
        },
        ChartElement chart => new ElementDto("chart")
        {
            Text = Text(chart.Title),
            ChartKind = chart.Kind.ToString(),
            Categories = [.. chart.Categories.Select(Text)],
            Series = [.. chart.Series.Select(s => new SeriesDto(Text(s.Name), s.Values))],
        },
        DownloadElement download => new ElementDto("download")
        {
            Text = Text(download.Label),
            Href = DownloadCatalog.Url(download),
        },
        _ => throw new InvalidOperationException($"The screen element {element.GetType().Name} has no JSON form."),
    };

    private static ActionDto Action(IActionHandler action, IReadOnlyDictionary<string, string?> values) => new(
        action.Definition.Id,
        Text(action.Definition.Label),
        [.. action.Definition.Inputs.Select(Field)],
        action.Definition.Inputs.ToDictionary(i => i.Key, i => values.GetValueOrDefault(i.Key), StringComparer.Ordinal),
        $"/api/actions/{Uri.EscapeDataString(action.Definition.Id)}");

    public static FieldDto Field(FieldDefinition field) => new(
        field.Key,
        Text(field.Label),
        field.Type.ToString(),
        field.Required,
        field.Privacy.ToString(),
        field.Hint is { } hint ? Text(hint) : null,
        [.. field.Choices.Select(c => new ChoiceDto(c.Code, Text(c.Label)))])
    {
        MaxLength = field.MaxLength,
        Minimum = field.Minimum,
        Maximum = field.Maximum,
        VisibleWhen = field.VisibleWhen is { } condition ? new ConditionDto(condition.FieldKey, condition.Values) : null,
    };

    public static LinkDto Link(ScreenLink link) => new(link.ScreenId, link.RecordId, ScreenView.Url(link), ApiUrl(link));

    public static TextDto Text(LocalizedText text) => new(text.Nl, text.En);

    private static ValueDto Value(FieldDefinition field, object? value, CultureInfo culture) => new(
        value switch
        {
            PartialDate date => new PartialDateDto(date.Year, date.Month, date.Day),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RecordReference reference => new { reference.Display, Link = Link(reference.Link) },
            Bsn bsn => bsn.Value,
            _ => value,
        },
        FieldFormatter.Format(field, value, culture));

    private static string ApiUrl(ScreenLink link) => link.RecordId is null
        ? $"/api/screens/{Uri.EscapeDataString(link.ScreenId)}"
        : $"/api/screens/{Uri.EscapeDataString(link.ScreenId)}/{Uri.EscapeDataString(link.RecordId)}";
}
