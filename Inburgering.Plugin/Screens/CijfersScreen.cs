using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Screens;

/// <summary>
/// The gemeente's inburgering in figures, on the start page: counts only, never a person, so a beleidsmedewerker can
/// see it without access to any dossier. A doelgroep with fewer than <see cref="SmallestShownCount"/> dossiers shows
/// "minder dan 5" instead of its count, so that no one can be recognised in a small group.
/// </summary>
internal sealed class CijfersScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.cijfers";

    /// <summary>The smallest count per doelgroep the dashboard shows as a number.</summary>
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

        List<ScreenElement> elements = [new CounterElement(new LocalizedText("Dossiers", "Dossiers"), perDoelgroep.Values.Sum())];
        foreach (var choice in DossierFields.DoelgroepChoices)
        {
            var count = perDoelgroep.GetValueOrDefault(Enum.Parse<Doelgroep>(choice.Code));
            elements.Add(count >= SmallestShownCount
                ? new CounterElement(choice.Label, count)
                : new TextElement(new LocalizedText(
                    $"{choice.Label.Nl}: minder dan {SmallestShownCount}",
                    $"{choice.Label.En}: fewer than {SmallestShownCount}")));
        }

        return new ScreenContent([new ScreenSection(new LocalizedText("Dossiers per doelgroep", "Dossiers per target group"), elements)]);
    }
}
