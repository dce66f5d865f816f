using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Verhuizing;

/// <summary>The dossier's open Verhuizing and the actions that handle moves, for the dossier screen.</summary>
internal static class VerhuizingSection
{
    /// <summary>Returns the section of the open Verhuizing of <paramref name="dossierId"/>, or <see langword="null"/> when there is none.</summary>
    public static async Task<ScreenSection?> LoadAsync(InburgeringDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var verhuizing = await db.Verhuizingen.AsNoTracking()
            .SingleOrDefaultAsync(v => v.DossierId == dossierId && v.Status == VerhuizingStatus.Gesignaleerd, cancellationToken);
        if (verhuizing is null)
        {
            return null;
        }

        return new ScreenSection(
            new LocalizedText("Verhuizing naar andere gemeente", "Move to another municipality"),
            [
                new TextElement(new LocalizedText(
                    "De persoon is verhuisd naar een andere gemeente. Bereid de warme overdracht voor; de nieuwe gemeente stelt een nieuw PIP vast met dezelfde leerroute, en de inburgeringstermijn loopt door. Kies 'Geen verhuizing' als de melding niet klopt.",
                    "The person moved to another municipality. Prepare the warm handover; the new municipality adopts a new PIP with the same learning route, and the integration term runs on. Choose 'Not a move' if the detection is wrong.")),
                new FieldElement(VerhuizingFields.NieuweGemeente, verhuizing.NieuweGemeente),
                new FieldElement(VerhuizingFields.Datum, verhuizing.Datum),
                new FieldElement(VerhuizingFields.Bron, verhuizing.Bron.ToString()),
                new FieldElement(VerhuizingFields.GesignaleerdOp, verhuizing.GesignaleerdOp),
            ]);
    }

    /// <summary>Returns the move actions the dossier screen offers for <paramref name="dossier"/>.</summary>
    public static IEnumerable<string> ActionsFor(Dossier dossier, bool heeftOpenVerhuizing)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        if (dossier.Status.IsFinal())
        {
            yield break;
        }

        if (dossier.Bsn is not null)
        {
            yield return VerhuizingControlerenAction.ActionId;
        }

        if (heeftOpenVerhuizing)
        {
            yield return GeenVerhuizingAction.ActionId;
        }
    }
}
