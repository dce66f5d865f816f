using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// The gemeente's webhook subscriptions with their delivered, pending and failed deliveries and the last error. The
/// list contains no personal data, so opening it is no processing of personal data.
/// </summary>
internal sealed class AbonnementenScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.abonnementen";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Abonnementen op meldingen", "Notification subscriptions"),
        HostSlots.Navigation,
        InburgeringPermissions.MeldingenBeheer);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var abonnementen = await db.Abonnementen.AsNoTracking()
            .OrderByDescending(a => a.Actief)
            .ThenBy(a => a.Naam)
            .ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var overzicht = await AfleveringOverzicht.LaadAsync(db, [.. abonnementen.Select(a => a.Id)], cancellationToken);

        var rows = abonnementen
            .Select(a => new ListRow(
                [a.Naam, a.Url, a.Actief, overzicht[a.Id].Afgeleverd, overzicht[a.Id].Wachtend, overzicht[a.Id].Mislukt, overzicht[a.Id].LaatsteFout],
                new ScreenLink(AbonnementScreen.ScreenId, a.Id.ToString())))
            .ToList();
        var list = new ListElement(
            [
                AbonnementFields.Naam, AbonnementFields.Url, AbonnementFields.Actief, AbonnementFields.Afgeleverd,
                AbonnementFields.Wachtend, AbonnementFields.Mislukt, AbonnementFields.LaatsteFout,
            ],
            rows)
        {
            EmptyText = new LocalizedText(
                "Er zijn nog geen abonnementen. Voeg er een toe om andere systemen van de gemeente meldingen te sturen.",
                "There are no subscriptions yet. Add one to send notifications to other systems of the gemeente."),
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Webhooks van andere systemen", "Webhooks of other systems"), [list])])
        {
            Actions = [AbonnementToevoegenAction.ActionId],
        };
    }
}
