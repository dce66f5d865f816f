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

    // TODO: page through the list; it shows the newest MaxRows restrictions only.
    internal const int MaxRows = 100;

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Beperkte inburgeringsdossiers", "Restricted integration dossiers"),
        HostSlots.Navigation,
        InburgeringPermissions.BeperktView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var dossiers = await db.Dossiers
            .AsNoTracking()
            .Where(d => d.BeperktOp != null && d.GeanonimiseerdOp == null)
            .OrderByDescending(d => d.BeperktOp)
            .ThenBy(d => d.Id)
            .Take(MaxRows)
            .Select(d => new { d.Id, d.BeperktOp, d.BeperktDoor })
            .ToListAsync(cancellationToken);

        var rows = dossiers
            .Select(d => new ListRow([d.BeperktOp, d.BeperktDoor], new ScreenLink(BeperktDossierScreen.ScreenId, d.Id.ToString())))
            .ToList();
        var list = new ListElement([DossierFields.BeperktOp, DossierFields.BeperktDoor], rows)
        {
            EmptyText = new LocalizedText(
                "Er zijn geen dossiers met een beperkte verwerking in deze gemeente.",
                "There are no dossiers with restricted processing in this municipality."),
        };

        return new ScreenContent([new ScreenSection(new LocalizedText("Dossiers met beperkte verwerking", "Dossiers with restricted processing"), [list])]);
    }
}
