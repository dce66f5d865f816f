using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Paging;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Beperking;

/// <summary>
/// The restricted dossiers of the gemeente, for the privacy officer. The rows show the restriction only, no personal
/// data, so the list itself is no processing of them; opening a row is.
/// </summary>
internal sealed class BeperkteDossiersScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.beperkte-dossiers";

    /// <summary>The number of rows on one page of the list.</summary>
    internal const int PageSize = 50;

    /// <summary>Restricted last first; the cursor contains the restriction date and the dossier id.</summary>
    internal static KeysetOrder<BeperktDossierRij> Order { get; } = new KeysetOrder<BeperktDossierRij>()
        .By(d => d.BeperktOp, descending: true)
        .By(d => d.Id, descending: true);

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Beperkte inburgeringsdossiers", "Restricted integration dossiers"),
        HostSlots.Navigation,
        InburgeringPermissions.BeperktView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var page = await KeysetPaging.ReadAsync(Query(db), Order, request.List.After, PageSize, cancellationToken);

        var rows = page.Rows
            .Select(d => new ListRow([d.BeperktOp, d.BeperktDoor], new ScreenLink(BeperktDossierScreen.ScreenId, d.Id.ToString())))
            .ToList();
        var list = new ListElement([DossierFields.BeperktOp, DossierFields.BeperktDoor], rows)
        {
            NextPage = page.Next,
            EmptyText = new LocalizedText(
                "Er zijn geen dossiers met een beperkte verwerking in deze gemeente.",
                "There are no dossiers with restricted processing in this municipality."),
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Dossiers met beperkte verwerking", "Dossiers with restricted processing"), [list])]);
    }

    /// <summary>Returns the restricted dossiers that are not anonymised, with the restriction only.</summary>
    internal static IQueryable<BeperktDossierRij> Query(InburgeringDbContext db) =>
        db.Dossiers.AsNoTracking()
            .Where(d => d.BeperktOp != null && d.GeanonimiseerdOp == null)
            .Select(d => new BeperktDossierRij { Id = d.Id, BeperktOp = d.BeperktOp!.Value, BeperktDoor = d.BeperktDoor });
}
