using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Screens;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// "Ongeoorloofd verzuim": a task for every delivered period that still counts (not corrected by a later row) whose
/// unauthorised absence is above the gemeente's <see cref="VerzuimSettings.Verzuimdrempel"/>, for open, unrestricted
/// dossiers. The task is due 14 days after the row was received. A correction below the threshold replaces the row, so
/// the deadline scan closes its task.
/// </summary>
internal sealed class OngeoorloofdVerzuimRegel(InburgeringDbContext db, IPluginSettings settings) : ITermijnRegel
{
    public const string TaakKind = "inburgering.ongeoorloofd-verzuim";

    /// <summary>The days from receiving the row to the task's due date.</summary>
    public const int DagenTotVervaldatum = 14;

    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public string Kind => TaakKind;

    public LocalizedText KindName { get; } = new("Ongeoorloofd verzuim", "Unauthorised absence");

    /// <summary>Returns the key of the task of the row <paramref name="voortgangsmeldingId"/>.</summary>
    public static string Key(Guid voortgangsmeldingId) => $"{TaakKind}:{voortgangsmeldingId}";

    public Task<IReadOnlyList<TermijnTaak>> TakenAsync(DateOnly vandaag, CancellationToken cancellationToken) =>
        TakenAsync(voortgangsmeldingIds: null, cancellationToken);

    /// <summary>Returns the tasks of the current gemeente, only for the rows <paramref name="voortgangsmeldingIds"/> unless it is <see langword="null"/>.</summary>
    public async Task<IReadOnlyList<TermijnTaak>> TakenAsync(IReadOnlyCollection<Guid>? voortgangsmeldingIds, CancellationToken cancellationToken)
    {
        var drempel = await settings.GetNumberAsync(VerzuimSettings.Verzuimdrempel, cancellationToken);

        var query =
            from melding in db.Voortgangsmeldingen.AsNoTracking()
            join dossier in db.Dossiers.AsNoTracking() on melding.DossierId equals dossier.Id
            where melding.VervangenDoorId == null && melding.UrenOngeoorloofdVerzuim > 0m
                && dossier.AfgeslotenOp == null && dossier.BeperktOp == null && dossier.GeanonimiseerdOp == null
            select new { Melding = melding, Dossier = dossier };
        if (voortgangsmeldingIds is not null)
        {
            query = query.Where(m => voortgangsmeldingIds.Contains(m.Melding.Id));
        }

        // The share is computed in memory by VerzuimDrempel, so SQLite (which stores decimals as text) and PostgreSQL agree.
        var meldingen = await query.ToListAsync(cancellationToken);

        return
        [
            .. meldingen
                .Where(m => VerzuimDrempel.IsBoven(m.Melding.UrenOngeoorloofdVerzuim, m.Melding.UrenAangeboden, drempel))
                .Select(m => new TermijnTaak(Taak(m.Melding), DossierSubject.Of(m.Dossier))),
        ];
    }

    private WorkTask Taak(Voortgangsmelding melding)
    {
        var van = melding.PeriodeVan.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tot = melding.PeriodeTot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ontvangen = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(melding.OntvangenOp, s_amsterdam).DateTime);

        return new WorkTask(
            Key(melding.Id),
            TaakKind,
            melding.DossierId.ToString(),
            new LocalizedText(
                $"Ongeoorloofd verzuim boven de drempel (periode {van} t/m {tot})",
                $"Unauthorised absence above the threshold (period {van} to {tot})"),
            ontvangen.AddDays(DagenTotVervaldatum))
        {
            RecordScreenId = DossierOnderdelen.VoortgangScreenId,
            KindName = KindName,
        };
    }
}
