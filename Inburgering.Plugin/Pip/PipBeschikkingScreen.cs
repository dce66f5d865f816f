using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The beschikking letter of one PIP version, in Dutch with English available: the decision, its contents, the
/// inburgeringstermijn and the bezwaar clause. The record id is the <see cref="PipVersie"/> id. The screen has no
/// actions, so the host prints it without forms.
/// </summary>
internal sealed class PipBeschikkingScreen(InburgeringDbContext db, IProcessingLog processingLog, ILogger<PipBeschikkingScreen> logger) : IScreen
{
    public const string ScreenId = "inburgering.pip-beschikking";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Beschikking PIP", "PIP decision"),
        HostSlots.Page,
        InburgeringPermissions.PipView);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var versieId))
        {
            return null;
        }

        var versie = await db.PipVersies.AsNoTracking().SingleOrDefaultAsync(v => v.Id == versieId, cancellationToken);
        if (versie is null)
        {
            Log.PipVersieNotFound(logger, versieId, db.CurrentGemeente);
            return null;
        }

        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == versie.DossierId && d.GeanonimiseerdOp == null, cancellationToken);
        if (dossier is null)
        {
            return null;
        }

        if (dossier.IsBeperkt)
        {
            Log.RestrictedDossierRefused(logger, dossier.Id);
            return BeperkingNotice.Content;
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Pip, ProcessingOperation.Read, DossierSubject.Of(dossier)), cancellationToken);

        var vorige = await db.PipVersies.AsNoTracking()
            .Where(v => v.DossierId == dossier.Id && v.Versienummer < versie.Versienummer && v.Status == PipStatus.Vastgesteld)
            .OrderByDescending(v => v.Versienummer)
            .FirstOrDefaultAsync(cancellationToken);

        // NOTE: the SDK provides no gemeente name, so the letter names the gemeente by its code.
        return new ScreenContent(PipBeschikkingBrief.Sections(dossier, versie, vorige))
        {
            Heading = versie.IsVastgesteld
                ? $"Gemeente {dossier.Gemeente}"
                : $"CONCEPT — Gemeente {dossier.Gemeente}",
            IsPrintable = true,
        };
    }
}
