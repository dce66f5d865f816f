using Host.Abstractions;
using Inburgering.Plugin.Paging;
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

    /// <summary>Newest prepared first; the cursor contains the preparation moment and the overdracht id.</summary>
    internal static KeysetOrder<Overdracht> Order { get; } = new KeysetOrder<Overdracht>()
        .By(o => o.VoorbereidOp, descending: true)
        .By(o => o.Id, descending: true);

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Warme overdrachten", "Warm handovers"),
        HostSlots.Navigation,
        InburgeringPermissions.OverdrachtView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var gemeente = db.CurrentGemeente;
        var query = db.Overdrachten.AsNoTracking().Where(o => o.AfzenderGemeente == gemeente || o.Status != OverdrachtStatus.Voorbereid);
        var page = await KeysetPaging.ReadAsync(query, Order, request.List.After, PageSize, cancellationToken);

        var rows = page.Rows
            .Select(o =>
            {
                var uitgaand = o.AfzenderGemeente == gemeente;
                return new ListRow(
                    [uitgaand ? "Uitgaand" : "Inkomend", uitgaand ? o.OntvangerGemeente : o.AfzenderGemeente, o.VerzondenOp ?? o.VoorbereidOp, o.Status.ToString()],
                    new ScreenLink(OverdrachtScreen.ScreenId, o.Id.ToString()));
            })
            .ToList();

        var list = new ListElement([OverdrachtFields.Richting, OverdrachtFields.AndereGemeente, OverdrachtFields.Datum, OverdrachtFields.Status], rows)
        {
            NextPage = page.Next,
            EmptyText = new LocalizedText(
                "Er zijn geen overdrachten van of naar deze gemeente.",
                "There are no handovers from or to this municipality."),
        };
        return new ScreenContent([new ScreenSection(new LocalizedText("Overdrachten van en naar andere gemeenten", "Handovers from and to other municipalities"), [list])]);
    }
}
