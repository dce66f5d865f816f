using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Screens;

/// <summary>
/// The gemeente's inburgering in figures, on the start page: counts only, never a person, so a beleidsmedewerker can
/// see it without access to any dossier. A count per doelgroep below <see cref="SmallestShownCount"/> shows as 0,
/// so that no one can be recognised in a small group.
/// </summary>
internal sealed class CijfersScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.cijfers";

    /// <summary>The smallest count per group the dashboard shows; smaller counts show as 0.</summary>
    internal const int SmallestShownCount = 5;

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Inburgering in cijfers", "Civic integration in figures"),
        HostSlots.Dashboard,
        InburgeringPermissions.CijfersView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var perDoelgroep = await db.Dossiers
            .AsNoTracking()
            .GroupBy(d => d.Doelgroep)
            .Select(group => new { Doelgroep = group.Key, Count = group.Count() })
            .ToDictionaryAsync(g => g.Doelgroep, g => g.Count, cancellationToken);

        var doelgroepen = DossierFields.DoelgroepChoices;
        var counts = doelgroepen.Select(choice => (decimal)Suppress(perDoelgroep.GetValueOrDefault(Enum.Parse<Doelgroep>(choice.Code)))).ToList();

        return new ScreenContent(
        [
            new ScreenSection(new LocalizedText("Inburgeraars", "Integration clients"),
            [
                new CounterElement(new LocalizedText("Dossiers", "Dossiers"), perDoelgroep.Values.Sum()),
                new ChartElement(
                    ChartKind.Bar,
                    new LocalizedText("Dossiers per doelgroep", "Dossiers per target group"),
                    [.. doelgroepen.Select(choice => choice.Label)],
                    [new ChartSeries(new LocalizedText("Dossiers", "Dossiers"), counts)]),
                new TextElement(new LocalizedText(
                    $"Aantallen onder de {SmallestShownCount} staan als 0 in de grafiek, zodat niemand herkenbaar is.",
                    $"Counts below {SmallestShownCount} show as 0 in the chart, so that no one can be recognised.")),
            ]),
        ]);
    }

    private static int Suppress(int count) => count < SmallestShownCount ? 0 : count;
}
