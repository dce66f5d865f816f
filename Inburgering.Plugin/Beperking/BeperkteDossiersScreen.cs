using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
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

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Beperkte inburgeringsdossiers", "Restricted integration dossiers"),
        HostSlots.Navigation,
        InburgeringPermissions.BeperktView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Restrictions are rare, so the list pages by position; one row more than a page shows whether there is a next one.
        var skip = int.TryParse(request.List.After, NumberStyles.None, CultureInfo.InvariantCulture, out var after) ? after : 0;
        var dossiers = await db.Dossiers
            .AsNoTracking()
            .Where(d => d.BeperktOp != null && d.GeanonimiseerdOp == null)
            .OrderByDescending(d => d.BeperktOp)
            .ThenBy(d => d.Id)
            .Skip(skip)
            .Take(PageSize + 1)
            .Select(d => new { d.Id, d.BeperktOp, d.BeperktDoor })
            .ToListAsync(cancellationToken);

        var rows = dossiers
            .Take(PageSize)
            .Select(d => new ListRow([d.BeperktOp, d.BeperktDoor], new ScreenLink(BeperktDossierScreen.ScreenId, d.Id.ToString())))
            .ToList();
        var list = new ListElement([DossierFields.BeperktOp, DossierFields.BeperktDoor], rows)
        {
            NextPage = dossiers.Count > PageSize ? (skip + PageSize).ToString(CultureInfo.InvariantCulture) : null,
            EmptyText = new LocalizedText(
                "Er zijn geen dossiers met een beperkte verwerking in deze gemeente.",
                "There are no dossiers with restricted processing in this municipality."),
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Dossiers met beperkte verwerking", "Dossiers with restricted processing"), [list])]);
    }
}
