using Host.Abstractions;
using Inburgering.Plugin.Privacy;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// Records in the processing log that the report of a delivery showed BSNs: the value of a rejected row is shown as
/// delivered, and it may be a BSN whose row names no dossier. Each distinct valid BSN among the shown values gets one
/// Read under the activity aanlevering, whether it was in the bsn column or typed into another one.
/// </summary>
internal static class GetoondeBsns
{
    /// <summary>Records one Read per distinct valid BSN in <paramref name="waarden"/>.</summary>
    /// <param name="log">The processing log.</param>
    /// <param name="waarden">The delivered values that the report, page or download shows.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static async Task RegistreerAsync(IProcessingLog log, IEnumerable<string?> waarden, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(waarden);

        var records = Bsns(waarden)
            .Select(bsn => new ProcessingRecord(InburgeringProcessingActivities.Aanlevering, ProcessingOperation.Read, DataSubject.FromBsn(bsn)))
            .ToList();
        if (records.Count == 0)
        {
            return;
        }

        await log.RecordAllAsync(records, cancellationToken);
    }

    /// <summary>
    /// Returns the distinct valid BSNs in <paramref name="waarden"/>. Only a value of exactly nine digits counts, so
    /// an 8-digit KvK number, which <see cref="Bsn.TryParse"/> would read as a BSN with a leading zero, does not.
    /// </summary>
    internal static IEnumerable<Bsn> Bsns(IEnumerable<string?> waarden) => waarden
        .Select(w => w?.Trim())
        .Where(w => w is { Length: 9 } && w.All(char.IsAsciiDigit))
        .Distinct(StringComparer.Ordinal)
        .Select(w => Bsn.TryParse(w, out var bsn, out _) ? (Bsn?)bsn : null)
        .OfType<Bsn>();
}
