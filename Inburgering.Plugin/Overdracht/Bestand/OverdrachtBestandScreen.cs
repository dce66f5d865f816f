using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// The handover files of one dossier for a gemeente in another system: the export form and a download for each file
/// made in the last hour. The record id is the dossier id. The screen shows dates and gemeentecodes, no personal data.
/// </summary>
internal sealed class OverdrachtBestandScreen(InburgeringDbContext db, TimeProvider clock) : IScreen
{
    public const string ScreenId = "inburgering.overdracht-bestand";

    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Overdrachtsbestand", "Handover file"),
        HostSlots.Page,
        InburgeringPermissions.OverdrachtVerzenden);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var dossierId)
            || !await db.Dossiers.AnyAsync(d => d.Id == dossierId && d.GeanonimiseerdOp == null, cancellationToken))
        {
            return null;
        }

        var nu = clock.GetUtcNow();
        var bestanden = await db.OverdrachtBestanden
            .AsNoTracking()
            .Where(b => b.DossierId == dossierId && b.VerlooptOp > nu)
            .Select(b => new { b.Id, b.OntvangendeGemeente, b.AangemaaktOp, b.VerlooptOp })
            .ToListAsync(cancellationToken);

        // SQLite cannot order by a DateTimeOffset column, so the few rows are ordered here.
        var downloads = bestanden
            .OrderByDescending(b => b.AangemaaktOp)
            .Select(b => (ScreenElement)new DownloadElement(
                new LocalizedText(
                    $"Bestand voor gemeente {b.OntvangendeGemeente} downloaden (te downloaden tot {TimeZoneInfo.ConvertTime(b.VerlooptOp, s_amsterdam):HH:mm})",
                    $"Download the file for municipality {b.OntvangendeGemeente} (available until {TimeZoneInfo.ConvertTime(b.VerlooptOp, s_amsterdam):HH:mm})"),
                OverdrachtBestandDownload.DownloadId,
                b.Id.ToString()))
            .ToList();
        if (downloads.Count == 0)
        {
            downloads.Add(new TextElement(new LocalizedText(
                "Er staat geen overdrachtsbestand klaar. Maak er een met de knop hieronder.",
                "No handover file is ready. Make one with the button below.")));
        }

        return new ScreenContent(
        [
            new ScreenSection(new LocalizedText("Overdracht naar een ander systeem", "Handover to another system"),
            [
                new TextElement(new LocalizedText(
                    "Gebruik een overdrachtsbestand als de nieuwe gemeente een ander systeem gebruikt. Het bestand is ondertekend met de sleutel van deze installatie; de nieuwe gemeente controleert daarmee de herkomst en of het bestand onveranderd is. Het bevat persoonsgegevens: stuur het alleen over een beveiligde verbinding.",
                    "Use a handover file when the new municipality uses another system. The file is signed with this deployment's key, with which the new municipality checks its origin and that it is unchanged. It contains personal data: send it only over a secure connection.")),
            ]),
            new ScreenSection(new LocalizedText("Klaarstaande bestanden", "Files ready"), downloads),
        ])
        {
            Actions = [OverdrachtExporterenAction.ActionId],
        };
    }
}
