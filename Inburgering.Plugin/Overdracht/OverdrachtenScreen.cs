using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// The incoming and outgoing warme overdrachten of the current gemeente. The rows show the other gemeente, the date
/// and the status, never a name or BSN, so the list itself is no processing of personal data. Opening a row is.
/// Prepared overdrachten that were not sent show only to the sender.
/// </summary>
internal sealed class OverdrachtenScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.overdrachten";

    /// <summary>The number of rows on one page of the list.</summary>
    internal const int PageSize = 50;

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Warme overdrachten", "Warm handovers"),
        HostSlots.Navigation,
        InburgeringPermissions.OverdrachtView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var gemeente = db.CurrentGemeente;
        var skip = int.TryParse(request.List.After, NumberStyles.None, CultureInfo.InvariantCulture, out var after) ? after : 0;
        var overdrachten = await db.Overdrachten.AsNoTracking()
            .Where(o => o.AfzenderGemeente == gemeente || o.Status != OverdrachtStatus.Voorbereid)
            .OrderByDescending(o => o.VoorbereidOp)
            .ThenBy(o => o.Id)
            .Skip(skip)
            .Take(PageSize + 1)
            .Select(o => new { o.Id, o.AfzenderGemeente, o.OntvangerGemeente, o.Status, Datum = o.VerzondenOp ?? o.VoorbereidOp })
            .ToListAsync(cancellationToken);

        var rows = overdrachten
            .Take(PageSize)
            .Select(o =>
            {
                var uitgaand = o.AfzenderGemeente == gemeente;
                return new ListRow(
                    [uitgaand ? "Uitgaand" : "Inkomend", uitgaand ? o.OntvangerGemeente : o.AfzenderGemeente, o.Datum, o.Status.ToString()],
                    new ScreenLink(OverdrachtScreen.ScreenId, o.Id.ToString()));
            })
            .ToList();

        var list = new ListElement([OverdrachtFields.Richting, OverdrachtFields.AndereGemeente, OverdrachtFields.Datum, OverdrachtFields.Status], rows)
        {
            NextPage = overdrachten.Count > PageSize ? (skip + PageSize).ToString(CultureInfo.InvariantCulture) : null,
            EmptyText = new LocalizedText(
                "Er zijn geen overdrachten van of naar deze gemeente.",
                "There are no handovers from or to this municipality."),
        };
        return new ScreenContent([new ScreenSection(new LocalizedText("Overdrachten van en naar andere gemeenten", "Handovers from and to other municipalities"), [list])]);
    }
}
