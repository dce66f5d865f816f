using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Dashboard;

/// <summary>
/// The share of first PIPs adopted within the PIP deadline of 10 weeks (with its extension, see <see cref="PipTermijn"/>),
/// per year of the dagtekening, over the dossiers that are not anonymised.
/// </summary>
internal static class EerstePipBinnenTermijn
{
    private static readonly LocalizedText s_titel = new("Eerste PIP binnen 10 weken", "First PIP within 10 weeks");

    /// <summary>
    /// Returns how a first PIP with <paramref name="dagtekening"/> relates to <paramref name="termijn"/>: a PIP on the
    /// last day of the deadline is within it, a PIP the day after is late, and a deadline that is open while the
    /// gemeente waits for information has not passed.
    /// </summary>
    public static EerstePipUitkomst Beoordeel(DateOnly dagtekening, PipTermijn termijn)
    {
        ArgumentNullException.ThrowIfNull(termijn);

        if (termijn.Stand == PipTermijnStand.NogNietTeBepalen)
        {
            return EerstePipUitkomst.TermijnOnbekend;
        }

        return termijn.IsVerstreken(dagtekening) ? EerstePipUitkomst.TeLaat : EerstePipUitkomst.Binnen;
    }

    /// <summary>Returns the counts per year of the dagtekening, oldest year first; a year without a first PIP is left out.</summary>
    public static async Task<IReadOnlyList<EerstePipJaar>> TelAsync(InburgeringDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var dossiers = db.Dossiers.AsNoTracking().Where(d => d.GeanonimiseerdOp == null && d.DagtekeningEerstePip != null);
        // NOTE: the deadline counts from the BRP registration date, which is stored as the BRP's yyyymmdd text, so the
        // rule runs in memory on one row of three dates per dossier with a first PIP.
        var rijen = await dossiers
            .Select(d => new { d.Id, Dagtekening = d.DagtekeningEerstePip!.Value, d.DuoKennisgevingOp, d.DatumInschrijvingGemeente })
            .ToListAsync(cancellationToken);
        var verlengingen = await db.PipVerlengingen.AsNoTracking()
            .Where(v => dossiers.Any(d => d.Id == v.DossierId))
            .ToDictionaryAsync(v => v.DossierId, cancellationToken);

        return
        [
            .. rijen
                .Select(r => (r.Dagtekening.Year, Uitkomst: Beoordeel(
                    r.Dagtekening,
                    PipTermijn.Bepaal(r.DuoKennisgevingOp, Dossier.InschrijvingsdatumVan(r.DatumInschrijvingGemeente), verlengingen.GetValueOrDefault(r.Id)))))
                .GroupBy(r => r.Year)
                .OrderBy(group => group.Key)
                .Select(group => new EerstePipJaar(
                    group.Key,
                    group.LongCount(r => r.Uitkomst == EerstePipUitkomst.Binnen),
                    group.LongCount(r => r.Uitkomst == EerstePipUitkomst.TeLaat),
                    group.LongCount(r => r.Uitkomst == EerstePipUitkomst.TermijnOnbekend))),
        ];
    }

    /// <summary>
    /// Returns the section: per year the counts (small groups as "minder dan 5") and the percentage, and a bar chart of
    /// the percentages that are shown.
    /// </summary>
    public static ScreenSection Sectie(IReadOnlyList<EerstePipJaar> jaren)
    {
        ArgumentNullException.ThrowIfNull(jaren);

        if (jaren.Count == 0)
        {
            return new ScreenSection(s_titel, [new TextElement(new LocalizedText("Er is nog geen eerste PIP vastgesteld.", "No first PIP has been adopted yet."))]);
        }

        var elements = new List<ScreenElement>();
        foreach (var jaar in jaren)
        {
            elements.Add(KleineAantallen.Teller(new LocalizedText($"{jaar.Jaar}: binnen 10 weken", $"{jaar.Jaar}: within 10 weeks"), jaar.Binnen));
            elements.Add(KleineAantallen.Teller(new LocalizedText($"{jaar.Jaar}: te laat", $"{jaar.Jaar}: late"), jaar.TeLaat));
            elements.Add(KleineAantallen.Teller(new LocalizedText($"{jaar.Jaar}: termijn onbekend", $"{jaar.Jaar}: deadline unknown"), jaar.TermijnOnbekend));
            elements.Add(new TextElement(Percentage(jaar)));
        }

        var getoond = jaren.Where(j => j.Percentage is not null).ToList();
        if (getoond.Count > 0)
        {
            elements.Add(new ChartElement(
                ChartKind.Bar,
                new LocalizedText("Eerste PIP binnen 10 weken per jaar (%)", "First PIP within 10 weeks per year (%)"),
                [.. getoond.Select(j => new LocalizedText(Jaartal(j), Jaartal(j)))],
                [new ChartSeries(new LocalizedText("Binnen 10 weken (%)", "Within 10 weeks (%)"), [.. getoond.Select(j => j.Percentage!.Value)])]));
        }

        return new ScreenSection(s_titel, elements);
    }

    private static LocalizedText Percentage(EerstePipJaar jaar) =>
        jaar.Percentage is { } percentage
            ? new LocalizedText(
                $"{jaar.Jaar}: {percentage.ToString(CultureInfo.InvariantCulture)}% van de eerste PIP's met een bekende termijn binnen 10 weken",
                $"{jaar.Jaar}: {percentage.ToString(CultureInfo.InvariantCulture)}% of the first PIPs with a known deadline within 10 weeks")
            : new LocalizedText(
                $"{jaar.Jaar}: geen percentage, de groep is te klein",
                $"{jaar.Jaar}: no percentage, the group is too small");

    private static string Jaartal(EerstePipJaar jaar) => jaar.Jaar.ToString(CultureInfo.InvariantCulture);
}
