using System.Globalization;
using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>One list item, opened from the list or from a reference field.</summary>
internal sealed class ItemScreen(ShowcaseStore store) : IScreen
{
    public const string ScreenId = "showcase.item";

    public ScreenDefinition Definition { get; } = new(ScreenId, new("Voorbeelditem", "Showcase item"), HostSlots.Page, ShowcasePermissions.View);

    public Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!int.TryParse(request.RecordId, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || store.Items.FirstOrDefault(i => i.Number == number) is not { } item)
        {
            return Task.FromResult<ScreenContent?>(null);
        }

        var content = new ScreenContent(
        [
            new ScreenSection(new("Item", "Item"),
            [
                new FieldElement(ShowcaseFields.Name, item.Name),
                new FieldElement(ShowcaseFields.Status, item.Status),
                new FieldElement(ShowcaseFields.Number, item.Amount),
            ]),
        ])
        {
            Heading = item.Name,
        };
        return Task.FromResult<ScreenContent?>(content);
    }
}
