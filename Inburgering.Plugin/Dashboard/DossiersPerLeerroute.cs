using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Dashboard;

/// <summary>
/// The dossiers per leerroute of their last vastgesteld PIP, and those without one yet ("nog geen PIP"). It counts
/// the same dossiers as the figures per status: every dossier that is not anonymised.
/// </summary>
internal static class DossiersPerLeerroute
{
    /// <summary>The label of the dossiers without a vastgesteld PIP.</summary>
    public static readonly LocalizedText NogGeenPip = new("Nog geen PIP", "No PIP yet");

    /// <summary>Returns the count per leerroute, in the order of <see cref="Leerroute"/>, followed by the dossiers without a vastgesteld PIP.</summary>
    public static async Task<IReadOnlyList<(LocalizedText Label, long Count)>> TelAsync(InburgeringDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.GeanonimiseerdOp == null);
        var vastgesteld = db.PipVersies.AsNoTracking().Where(v => v.Status == PipStatus.Vastgesteld);
        var laatste = vastgesteld
            .Where(v => !vastgesteld.Any(later => later.DossierId == v.DossierId && later.Versienummer > v.Versienummer))
            .Where(v => dossiers.Any(d => d.Id == v.DossierId));

        var perLeerroute = await laatste
            .GroupBy(v => v.Leerroute)
            .Select(group => new { Leerroute = group.Key, Count = group.Count() })
            .ToDictionaryAsync(g => g.Leerroute, g => (long)g.Count, cancellationToken);
        var totaal = await dossiers.LongCountAsync(cancellationToken);

        return
        [
            .. Enum.GetValues<Leerroute>().Select(route => (LeerrouteNames.Name(route), perLeerroute.GetValueOrDefault(route))),
            (NogGeenPip, totaal - perLeerroute.Values.Sum()),
        ];
    }
}
