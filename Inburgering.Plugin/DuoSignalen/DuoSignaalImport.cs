using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>The outcome of importing a file of DUO signals.</summary>
/// <param name="AantalRegels">The data rows in the file.</param>
/// <param name="Opgeslagen">The new signals stored in the inbox.</param>
/// <param name="AlBekend">The rows skipped because the inbox, or an earlier row of the file, has the same signal.</param>
/// <param name="Fouten">The errors per row; with all or nothing, any error means nothing was stored.</param>
/// <param name="Gelijktijdig">Whether the save failed because another import or entry stored one of the signals at the same time.</param>
internal sealed record DuoSignaalImportUitkomst(int AantalRegels, int Opgeslagen, int AlBekend, IReadOnlyList<DuoSignaalImportFout> Fouten, bool Gelijktijdig = false);

/// <summary>
/// Imports the rows of a DUO export into the inbox. Each row is checked as the manual entry form checks a signal, and
/// a row whose signal is already in the inbox (same kenmerk or same content key) adds nothing, so importing a file again
/// is harmless. With all or nothing, one wrong row stores nothing; otherwise the valid rows are stored.
/// </summary>
internal sealed class DuoSignaalImport(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<DuoSignaalImport> logger)
{
    /// <summary>Checks and stores <paramref name="regels"/>.</summary>
    public async Task<DuoSignaalImportUitkomst> ImporteerAsync(IReadOnlyList<DuoSignaalRegel> regels, LeveringModus modus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regels);

        var gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Importing DUO signals needs a current gemeente.");
        var today = AmsterdamTime.Today(clock);

        var fouten = new List<DuoSignaalImportFout>();
        var geldig = new List<DuoSignaalInvoer>();
        foreach (var regel in regels)
        {
            if (Controleer(regel, today, fouten) is { } invoer)
            {
                geldig.Add(invoer);
            }
        }

        var nieuw = await NieuweAsync(geldig, cancellationToken);
        var alBekend = geldig.Count - nieuw.Count;

        if (fouten.Count > 0 && modus == LeveringModus.AllesOfNiets)
        {
            Log.DuoSignalenImportGeweigerd(logger, regels.Count, fouten.Count);
            return new DuoSignaalImportUitkomst(regels.Count, 0, alBekend, fouten);
        }

        var now = clock.GetUtcNow();
        var signalen = nieuw.Select(i => i.MaakSignaal(gemeente, user.UserId, now)).ToList();
        db.DuoSignalen.AddRange(signalen);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Another import or entry stored one of these signals after the check; the whole save was rolled back.
            foreach (var signaal in signalen)
            {
                db.Entry(signaal).State = EntityState.Detached;
            }

            Log.DuoSignalenImportGelijktijdig(logger, regels.Count);
            return new DuoSignaalImportUitkomst(regels.Count, 0, alBekend, fouten, Gelijktijdig: true);
        }

        foreach (var signaal in signalen)
        {
            await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.DuoSignalen, ProcessingOperation.Create, signaal.Subject()), cancellationToken);
        }

        Log.DuoSignalenGeimporteerd(logger, regels.Count, signalen.Count, alBekend, fouten.Count);
        return new DuoSignaalImportUitkomst(regels.Count, signalen.Count, alBekend, fouten);
    }

    /// <summary>Checks one row as the entry form would; adds its errors, with column and value, and returns the valid input.</summary>
    private static DuoSignaalInvoer? Controleer(DuoSignaalRegel regel, DateOnly today, List<DuoSignaalImportFout> fouten)
    {
        var waarden = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (kolom, waarde) in regel.Waarden)
        {
            waarden[DuoSignaalKolommen.Veldsleutel[kolom]] = DuoSignaalKolommen.Codes.Contains(kolom) ? Code(waarde) : waarde;
        }

        var errors = new List<FieldError>();
        var invoer = DuoSignaalInvoer.Parse(new ActionRequest(null, waarden), today, errors);
        foreach (var error in errors)
        {
            var kolom = DuoSignaalKolommen.VanVeldsleutel(error.FieldKey);
            var waarde = kolom is not null && regel.Waarden.TryGetValue(kolom, out var w) ? w : null;
            fouten.Add(new DuoSignaalImportFout(regel.Regelnummer, kolom, waarde, error.Message));
        }

        return errors.Count == 0 ? invoer : null;
    }

    /// <summary>Returns a code without the spaces, underscores and hyphens a spreadsheet or export may put in it: <c>NIEUWE_PLICHTIGE</c> becomes <c>NIEUWEPLICHTIGE</c>.</summary>
    internal static string Code(string waarde) => string.Concat(waarde.Where(c => c is not (' ' or '_' or '-')));

    /// <summary>
    /// Returns the inputs whose signal is neither in the inbox nor in an earlier row of the file, matched by content key
    /// and by kenmerk.
    /// </summary>
    private async Task<List<DuoSignaalInvoer>> NieuweAsync(List<DuoSignaalInvoer> geldig, CancellationToken cancellationToken)
    {
        var sleutels = geldig.Select(i => i.Inhoudssleutel).Distinct().ToList();
        var kenmerken = geldig.Where(i => i.Kenmerk is not null).Select(i => i.Kenmerk!).Distinct().ToList();

        var bekendeSleutels = new HashSet<string>(StringComparer.Ordinal);
        var bekendeKenmerken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var deel in sleutels.Chunk(500))
        {
            bekendeSleutels.UnionWith(await db.DuoSignalen.AsNoTracking().Where(s => deel.Contains(s.Inhoudssleutel)).Select(s => s.Inhoudssleutel).ToListAsync(cancellationToken));
        }

        foreach (var deel in kenmerken.Chunk(500))
        {
            bekendeKenmerken.UnionWith(await db.DuoSignalen.AsNoTracking().Where(s => s.Kenmerk != null && deel.Contains(s.Kenmerk)).Select(s => s.Kenmerk!).ToListAsync(cancellationToken));
        }

        var nieuw = new List<DuoSignaalInvoer>();
        foreach (var invoer in geldig)
        {
            var bekend = !bekendeSleutels.Add(invoer.Inhoudssleutel) | (invoer.Kenmerk is { } kenmerk && !bekendeKenmerken.Add(kenmerk));
            if (!bekend)
            {
                nieuw.Add(invoer);
            }
        }

        return nieuw;
    }
}
