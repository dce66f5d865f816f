using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// The gemeente's aanbieders by name, with their running aanmeldingen, paged by name and id, and the action to register
/// one. The list contains organisations only, so it records nothing in the processing log.
/// </summary>
internal sealed class AanbiedersScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.aanbieders";

    /// <summary>The rows per page.</summary>
    public const int PageSize = 50;

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Aanbieders", "Course providers"),
        HostSlots.Navigation,
        InburgeringPermissions.AanbiedersView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var query = db.Aanbieders.AsNoTracking();
        if (Guid.TryParseExact(request.List.After, "N", out var afterId)
            && await db.Aanbieders.AsNoTracking().Where(a => a.Id == afterId).Select(a => a.Naam).SingleOrDefaultAsync(cancellationToken) is { } afterNaam)
        {
            query = query.Where(a => a.Naam.CompareTo(afterNaam) > 0 || (a.Naam == afterNaam && a.Id.CompareTo(afterId) > 0));
        }

        var aanbieders = await query.OrderBy(a => a.Naam).ThenBy(a => a.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        var page = aanbieders.Take(PageSize).ToList();
        var ids = page.Select(a => a.Id).ToList();

        var lopend = await db.Aanmeldingen.AsNoTracking()
            .Where(m => ids.Contains(m.AanbiederId) && m.Einddatum == null)
            .GroupBy(m => m.AanbiederId)
            .Select(g => new { AanbiederId = g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.AanbiederId, g => g.Aantal, cancellationToken);

        var rows = page
            .Select(a => new ListRow(
                [a.Naam, a.KvkNummer, a.Vestigingsnummer, a.Keurmerk, a.Actief, lopend.GetValueOrDefault(a.Id)],
                new ScreenLink(AanbiederScreen.ScreenId, a.Id.ToString())))
            .ToList();

        var list = new ListElement(
            [AanbiederFields.Naam, AanbiederFields.KvkNummer, AanbiederFields.Vestigingsnummer, AanbiederFields.Keurmerk, AanbiederFields.Actief, AanbiederFields.LopendeAanmeldingen],
            rows)
        {
            EmptyText = new LocalizedText(
                "Deze gemeente heeft nog geen aanbieders. Registreer een aanbieder met de knop hieronder.",
                "This municipality has no course providers yet. Register one with the button below."),
            NextPage = aanbieders.Count > PageSize ? page[^1].Id.ToString("N") : null,
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Aanbieders van de gemeente", "The municipality's course providers"), [list])])
        {
            Actions = [RegistreerAanbiederAction.ActionId],
        };
    }
}
