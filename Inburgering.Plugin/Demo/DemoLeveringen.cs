using System.Globalization;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Seeds three deliveries from Taalschool De Brug through the real <see cref="ILeveringVerwerker"/>: a file with one
/// rejected row (imported in mode <see cref="LeveringModus.GeldigeRegels"/>), a portal delivery and an API delivery.
/// They cover the two months before the current one for the first students with KNM at De Brug, so their TAAL
/// referrals stay free for a delivery of one's own when trying the demo. One row has
/// unauthorised absence of 30%, above the default threshold of 15%, so the deadline scan opens a task for it.
/// </summary>
/// <remarks>
/// The seeder runs as a consulent, who may import a file for a chosen aanbieder but does not act for one. So all three
/// deliveries go in as the consulent's import with <see cref="LeveringInvoer.AanbiederId"/> set, and the portal and
/// API deliveries only carry their channel. A second run adds nothing, because it stops when a demo delivery exists.
/// </remarks>
internal static class DemoLeveringen
{
    /// <summary>The start of every demo delivery's reference.</summary>
    public const string ReferentiePrefix = "DEMO-";

    /// <summary>An invalid BSN (the 11-check fails), so the file has one rejected row.</summary>
    public const string OngeldigeBsn = "123456789";

    public static async Task SeedAsync(InburgeringDbContext db, ILeveringVerwerker verwerker, DateOnly vandaag, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(verwerker);

        var gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Seeding deliveries needs a gemeente.");
        if (await db.Leveringen.AnyAsync(l => l.Referentie.StartsWith(ReferentiePrefix), cancellationToken))
        {
            return;
        }

        var brugKvk = DemoAanbieders.KvkNummers(gemeente).Brug;
        var brug = await db.Aanbieders.AsNoTracking().SingleOrDefaultAsync(a => a.KvkNummer == brugKvk && a.Vestigingsnummer == null, cancellationToken);
        var eersteMaand = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-2);
        var tweedeMaand = eersteMaand.AddMonths(1);
        var cursisten = brug is null ? [] : await CursistenAsync(db, brug, eersteMaand, cancellationToken);
        if (brug is null || cursisten.Count == 0)
        {
            return;
        }

        string Cursist(int index) => cursisten[index % cursisten.Count];
        var maand = tweedeMaand.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // The file's line 1 is its header, so its rows start at line 2. Portal and API rows are numbered from 1.
        var bestand = Referentie("BESTAND", maand);
        await VerwerkAsync(verwerker, new LeveringInvoer(LeveringKanaal.Bestand, bestand, LeveringModus.GeldigeRegels, brug.Id) { Bestandsnaam = "aanlevering-de-brug.csv" },
        [
            Regel(2, bestand, brugKvk, Cursist(0), eersteMaand, Uren.Gewoon),
            Regel(3, bestand, brugKvk, Cursist(1), eersteMaand, Uren.Gewoon),
            Regel(4, bestand, brugKvk, OngeldigeBsn, eersteMaand, Uren.Gewoon),
        ], cancellationToken);

        var portaal = Referentie("PORTAAL", maand);
        await VerwerkAsync(verwerker, new LeveringInvoer(LeveringKanaal.Portaal, portaal, LeveringModus.AllesOfNiets, brug.Id),
        [
            Regel(1, portaal, brugKvk, Cursist(0), tweedeMaand, Uren.Gewoon),
            Regel(2, portaal, brugKvk, Cursist(2), eersteMaand, Uren.Gewoon),
        ], cancellationToken);

        var api = Referentie("API", maand);
        await VerwerkAsync(verwerker, new LeveringInvoer(LeveringKanaal.Api, api, LeveringModus.AllesOfNiets, brug.Id),
        [
            Regel(1, api, brugKvk, Cursist(1), tweedeMaand, Uren.VerzuimBovenDrempel),
            Regel(2, api, brugKvk, Cursist(2), tweedeMaand, Uren.Gewoon),
        ], cancellationToken);

        Log.DemoLeveringenSeeded(logger, 3, gemeente);
    }

    /// <summary>Returns the BSNs of the students with KNM at <paramref name="brug"/> since <paramref name="vanaf"/> or earlier, at most three.</summary>
    private static async Task<List<string>> CursistenAsync(InburgeringDbContext db, Aanbieder brug, DateOnly vanaf, CancellationToken cancellationToken) =>
        await db.Aanmeldingen.AsNoTracking()
            .Where(a => a.AanbiederId == brug.Id && a.Onderdeel == Cursusonderdeel.Knm && a.Startdatum <= vanaf && a.Einddatum == null)
            .Join(db.Dossiers.AsNoTracking().Where(d => d.Bsn != null && d.AfgeslotenOp == null), a => a.DossierId, d => d.Id, (a, d) => d.Bsn!)
            .OrderBy(bsn => bsn)
            .Take(3)
            .ToListAsync(cancellationToken);

    private static async Task VerwerkAsync(ILeveringVerwerker verwerker, LeveringInvoer invoer, IReadOnlyList<LeveringRegel> regels, CancellationToken cancellationToken)
    {
        var uitkomst = await verwerker.VerwerkAsync(invoer, () => regels.ToAsyncEnumerable(), cancellationToken);
        if (uitkomst.Geweigerd is not null || uitkomst.Status == LeveringStatus.Geweigerd)
        {
            throw new InvalidOperationException($"The demo delivery {invoer.Referentie} was rejected: {uitkomst.Geweigerd?.En ?? string.Join("; ", uitkomst.Fouten.Select(f => f.Code))}.");
        }
    }

    private static string Referentie(string kanaal, string maand) => $"{ReferentiePrefix}{kanaal}-{maand}";

    private static LeveringRegel Regel(int regelnummer, string referentie, string kvk, string bsn, DateOnly maand, Uren uren)
    {
        var (aangeboden, fysiek, online, geoorloofd, ongeoorloofd) = uren == Uren.VerzuimBovenDrempel
            ? ("40", "20", "4", "4", "12")
            : ("40", "30", "6", "2", "2");

        var waarden = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [LeveringKolommen.LeveringId] = referentie,
            [LeveringKolommen.AanbiederKvk] = kvk,
            [LeveringKolommen.Bsn] = bsn,
            [LeveringKolommen.Onderdeel] = "KNM",
            [LeveringKolommen.PeriodeVan] = maand.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [LeveringKolommen.PeriodeTot] = maand.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [LeveringKolommen.UrenAangeboden] = aangeboden,
            [LeveringKolommen.UrenGevolgdFysiek] = fysiek,
            [LeveringKolommen.UrenGevolgdOnline] = online,
            [LeveringKolommen.UrenGeoorloofdVerzuim] = geoorloofd,
            [LeveringKolommen.UrenOngeoorloofdVerzuim] = ongeoorloofd,
        };
        return new LeveringRegel(regelnummer, waarden);
    }

    private enum Uren
    {
        Gewoon,
        VerzuimBovenDrempel,
    }
}
