using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>Counters and charts on the host's start page.</summary>
internal sealed class DashboardScreen(ShowcaseStore store) : IScreen
{
    public const string ScreenId = "showcase.dashboard";

    public ScreenDefinition Definition { get; } = new(ScreenId, new("Voorbeeldcijfers", "Showcase figures"), HostSlots.Dashboard, ShowcasePermissions.View);

    public Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var open = store.Items.Count(i => i.Status == "open");
        LocalizedText[] quarters = [new("K1", "Q1"), new("K2", "Q2"), new("K3", "Q3"), new("K4", "Q4")];

        var content = new ScreenContent(
        [
            new ScreenSection(new("Cijfers", "Figures"),
            [
                new CounterElement(new("Open items", "Open items"), open) { Link = new ScreenLink(OverviewScreen.ScreenId, null) },
                new CounterElement(new("Gesloten items", "Closed items"), store.Items.Count - open),
                new ChartElement(ChartKind.Bar, new("Items per kwartaal", "Items per quarter"), quarters,
                [
                    new ChartSeries(new("Nieuw", "New"), [5, 8, 6, 6]),
                    new ChartSeries(new("Gesloten", "Closed"), [2, 3, 1, 2]),
                ]),
                new ChartElement(ChartKind.Line, new("Open items per kwartaal", "Open items per quarter"), quarters,
                [
                    new ChartSeries(new("Open", "Open"), [3, 8, 13, 17]),
                ]),
            ]),
        ]);
        return Task.FromResult<ScreenContent?>(content);
    }
}
