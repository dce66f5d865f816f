using Host.Abstractions;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>
/// The open Verhuizingen of the gemeente, oldest detection first. The rows show the move only and no personal data,
/// so the list itself does not process personal data. Opening a row opens the dossier screen, which records a read.
/// </summary>
internal sealed class VerhuizingenScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.verhuizingen";

    /// <summary>The number of rows on one page of the list.</summary>
    internal const int PageSize = 50;

    /// <summary>Oldest detection first; the cursor contains the detection moment and the verhuizing id.</summary>
    internal static KeysetOrder<Verhuizing> Order { get; } = new KeysetOrder<Verhuizing>()
        .By(v => v.GesignaleerdOp)
        .By(v => v.Id);

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Verhuizingen", "Moves"),
        HostSlots.Navigation,
        InburgeringPermissions.OverdrachtView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var query = db.Verhuizingen.AsNoTracking().Where(v => v.Status == VerhuizingStatus.Gesignaleerd);
        var page = await KeysetPaging.ReadAsync(query, Order, request.List.After, PageSize, cancellationToken);

        var rows = page.Rows
            .Select(v => new ListRow(
                [v.NieuweGemeente, v.Datum, v.Bron.ToString(), v.GesignaleerdOp],
                new ScreenLink(DossierScreen.ScreenId, v.DossierId.ToString())))
            .ToList();
        var list = new ListElement(
            [VerhuizingFields.NieuweGemeente, VerhuizingFields.Datum, VerhuizingFields.Bron, VerhuizingFields.GesignaleerdOp],
            rows)
        {
            NextPage = page.Next,
            EmptyText = new LocalizedText(
                "Er zijn geen openstaande verhuizingen naar een andere gemeente.",
                "There are no open moves to another municipality."),
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Openstaande verhuizingen", "Open moves"), [list])]);
    }
}
