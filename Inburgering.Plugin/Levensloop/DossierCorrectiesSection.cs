using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Levensloop;

/// <summary>The "Correcties" section of the dossier screen: every correction of the wet regime or doelgroep, oldest first.</summary>
internal static class DossierCorrectiesSection
{
    /// <summary>Loads the corrections of <paramref name="dossierId"/> and returns them as a section.</summary>
    public static async Task<ScreenSection> LoadAsync(InburgeringDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var correcties = await db.DossierCorrecties.AsNoTracking()
            .Where(c => c.DossierId == dossierId)
            .OrderBy(c => c.Op)
            .ThenBy(c => c.Gegeven)
            .ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);

        return Section(correcties);
    }

    /// <summary>Returns <paramref name="correcties"/> as a list with one row per corrected value.</summary>
    public static ScreenSection Section(IReadOnlyList<DossierCorrectie> correcties) =>
        new(
            new LocalizedText("Correcties", "Corrections"),
            [
                new ListElement(
                    [LevensloopFields.GecorrigeerdOp, LevensloopFields.Gegeven, LevensloopFields.OudeWaarde, LevensloopFields.NieuweWaarde, DossierFields.StatusReden, LevensloopFields.GecorrigeerdDoor],
                    [.. correcties.Select(c => new ListRow([c.Op, c.Gegeven.ToString(), c.OudeWaarde, c.NieuweWaarde, c.Reden, c.Door], null))])
                {
                    EmptyText = new LocalizedText(
                        "Het wettelijk regime en de doelgroep zijn niet gecorrigeerd.",
                        "The legal regime and the target group have not been corrected."),
                },
            ]);
}
