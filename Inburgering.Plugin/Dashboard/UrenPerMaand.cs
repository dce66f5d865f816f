using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Dashboard;

/// <summary>The hours followed in the gemeente per month, over the last twelve months, by the month of the peildatum.</summary>
internal static class UrenPerMaand
{
    private const int Maanden = 12;

    private static readonly (LocalizedText Name, UrenSoort[] Soorten)[] s_reeksen =
    [
        (new("Taal (NT2 en alfabetisering)", "Language (NT2 and literacy)"), [UrenSoort.Nt2Fysiek, UrenSoort.Nt2Online, UrenSoort.Alfabetisering]),
        (new("KNM", "KNM"), [UrenSoort.Knm]),
        (new("Participatie, PVT en MAP", "Participation, PVT and MAP"), [UrenSoort.Participatie, UrenSoort.Pvt, UrenSoort.MapPraktijk]),
    ];

    /// <summary>Returns a line chart with one series per group of kinds, for the twelve months up to <paramref name="vandaag"/>.</summary>
    public static async Task<ChartElement> GrafiekAsync(InburgeringDbContext db, DateOnly vandaag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var eersteMaand = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-(Maanden - 1));
        // SQLite cannot add up decimals, so the sum is taken as a double; hours are in quarters, which a double represents exactly.
        var totalen = await db.Urenregels.AsNoTracking()
            .Where(r => r.PeriodeTot >= eersteMaand && r.PeriodeTot <= vandaag)
            .GroupBy(r => new { r.PeriodeTot.Year, r.PeriodeTot.Month, r.Soort })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Soort, Uren = g.Sum(r => (double)r.Uren) })
            .ToListAsync(cancellationToken);

        var maanden = Enumerable.Range(0, Maanden).Select(eersteMaand.AddMonths).ToList();
        var categories = maanden
            .Select(m => new LocalizedText(
                m.ToString("MMM yyyy", CultureInfo.GetCultureInfo("nl-NL")),
                m.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-GB"))))
            .ToList();
        var series = s_reeksen
            .Select(reeks => new ChartSeries(
                reeks.Name,
                [.. maanden.Select(m => totalen.Where(t => t.Year == m.Year && t.Month == m.Month && reeks.Soorten.Contains(t.Soort)).Sum(t => (decimal)t.Uren))]))
            .ToList();

        return new ChartElement(ChartKind.Line, new LocalizedText("Gevolgde uren per maand", "Hours followed per month"), categories, series);
    }
}
