using System.Globalization;
using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>Every field type, a list with filters, sorting and keyset paging, and the edit form.</summary>
internal sealed class OverviewScreen(ShowcaseStore store, IPluginSettings settings) : IScreen
{
    public const string ScreenId = "showcase.overzicht";

    public ScreenDefinition Definition { get; } = new(ScreenId, new("Voorbeeld", "Showcase"), HostSlots.Navigation, ShowcasePermissions.View);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var pageSize = (int)await settings.GetNumberAsync(ShowcaseSettings.PageSize, cancellationToken);
        var record = store.Record;
        ScreenElement[] fields =
        [
            new FieldElement(ShowcaseFields.Title, record.Title),
            new FieldElement(ShowcaseFields.Notes, record.Notes),
            new FieldElement(ShowcaseFields.Amount, record.Amount),
            new FieldElement(ShowcaseFields.Active, record.Active),
            new FieldElement(ShowcaseFields.Start, record.Start),
            new FieldElement(ShowcaseFields.Choice, record.Choice),
            new FieldElement(ShowcaseFields.Choices, record.Choices),
            new FieldElement(ShowcaseFields.Reason, record.Reason),
            new FieldElement(ShowcaseFields.Born, PartialDate.FromYear(1968)),
            new FieldElement(ShowcaseFields.Changed, new DateTimeOffset(2026, 12, 4, 13, 30, 0, TimeSpan.Zero)),
            new FieldElement(ShowcaseFields.Bsn, Bsn.Parse("000009921")),
            new FieldElement(ShowcaseFields.Item, new RecordReference("Item 03", new ScreenLink(ItemScreen.ScreenId, "3"))),
        ];

        var content = new ScreenContent(
        [
            new ScreenSection(new("Velden", "Fields"), fields),
            new ScreenSection(new("Lijst", "List"), [List(request.List, pageSize)]),
        ])
        {
            Actions = [EditAction.ActionId],
            ActionValues = new Dictionary<string, string?>
            {
                ["titel"] = record.Title,
                ["notities"] = record.Notes,
                ["bedrag"] = record.Amount.ToString(CultureInfo.InvariantCulture),
                ["actief"] = record.Active ? "true" : "false",
                ["start"] = record.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["keuze"] = record.Choice,
                ["keuzes"] = string.Join(',', record.Choices),
                ["reden"] = record.Reason,
            },
            Version = record.Version.ToString(CultureInfo.InvariantCulture),
        };
        return content;
    }

    private ListElement List(ListQuery query, int pageSize)
    {
        IEnumerable<ShowcaseItem> items = store.Items;
        if (query.Filter("status") is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        items = (query.Sort, query.Descending) switch
        {
            ("naam", false) => items.OrderBy(i => i.Name, StringComparer.Ordinal),
            ("naam", true) => items.OrderByDescending(i => i.Name, StringComparer.Ordinal),
            ("aantal", false) => items.OrderBy(i => i.Amount).ThenBy(i => i.Number),
            ("aantal", true) => items.OrderByDescending(i => i.Amount).ThenBy(i => i.Number),
            _ => items.OrderBy(i => i.Number),
        };

        // Paging by position in the sorted, filtered list keeps this test plugin simple; a real plugin pages by key.
        var skip = int.TryParse(query.After, NumberStyles.None, CultureInfo.InvariantCulture, out var after) ? after : 0;
        var all = items.ToList();
        var page = all.Skip(skip).Take(pageSize).ToList();

        return new ListElement(
            [ShowcaseFields.Name, ShowcaseFields.Status, ShowcaseFields.Number],
            [.. page.Select(i => new ListRow([i.Name, i.Status, i.Amount], new ScreenLink(ItemScreen.ScreenId, i.Number.ToString(CultureInfo.InvariantCulture))))])
        {
            Filters = [ShowcaseFields.Status],
            SortableColumns = ["naam", "aantal"],
            NextPage = skip + pageSize < all.Count ? (skip + pageSize).ToString(CultureInfo.InvariantCulture) : null,
            EmptyText = new("Geen items voor dit filter.", "No items for this filter."),
        };
    }
}
