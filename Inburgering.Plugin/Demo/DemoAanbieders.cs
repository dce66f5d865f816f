using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Seeds two aanbieders per demo gemeente and refers the demo dossiers with a vastgesteld PIP to them, so the demo
/// aanbieder user (the KvK number of Taalschool De Brug) finds students in the portal. Every dossier gets TAAL at
/// De Brug; KNM goes to De Brug and Leerhuis Noord in turn, so the portal also has students it must not show. It adds
/// only what is missing, so a second run adds nothing.
/// </summary>
internal static class DemoAanbieders
{
    /// <summary>The KvK numbers of Taalschool De Brug and Leerhuis Noord per gemeente; the host gives the demo aanbieder user the first.</summary>
    public static (string Brug, string Noord) KvkNummers(string gemeente) => gemeente == "0518" ? ("90051801", "90051802") : ("90059901", "90059902");

    public static async Task SeedAsync(InburgeringDbContext db, IProcessingLog processingLog, string userId, DateTimeOffset nu, DateOnly vandaag, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(processingLog);

        var gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Seeding aanbieders needs a gemeente.");
        var (brugKvk, noordKvk) = KvkNummers(gemeente);
        var brug = await ZorgVoorAanbiederAsync(db, gemeente, "Taalschool De Brug", brugKvk, keurmerk: true, userId, nu, cancellationToken);
        var noord = await ZorgVoorAanbiederAsync(db, gemeente, "Leerhuis Noord", noordKvk, keurmerk: false, userId, nu, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var dossiers = await db.Dossiers
            .Where(d => d.DagtekeningEerstePip != null && d.Bsn != null && d.GeanonimiseerdOp == null && d.BeperktOp == null)
            .OrderBy(d => d.Bsn)
            .ToListAsync(cancellationToken);
        var bestaand = await db.Aanmeldingen.Select(m => new { m.DossierId, m.Onderdeel }).ToListAsync(cancellationToken);

        var aangemeld = new List<Dossier>();
        foreach (var (dossier, index) in dossiers.Where(d => !d.Status.IsFinal()).Select((d, i) => (d, i)))
        {
            var start = Min(dossier.DagtekeningEerstePip!.Value.AddDays(14), vandaag);
            var knmBij = index % 2 == 0 ? brug : noord;
            var nieuw = new[] { (Cursusonderdeel.Taal, brug), (Cursusonderdeel.Knm, knmBij) }
                .Where(o => !bestaand.Any(b => b.DossierId == dossier.Id && b.Onderdeel == o.Item1))
                .Select(o => new Aanmelding
                {
                    Id = Guid.CreateVersion7(),
                    DossierId = dossier.Id,
                    AanbiederId = o.Item2.Id,
                    Gemeente = gemeente,
                    Onderdeel = o.Item1,
                    Startdatum = start,
                    AangemeldOp = nu,
                    AangemeldDoor = userId,
                })
                .ToList();
            if (nieuw.Count > 0)
            {
                db.Aanmeldingen.AddRange(nieuw);
                aangemeld.Add(dossier);
            }
        }

        if (aangemeld.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        await processingLog.RecordAllAsync(
            [.. aangemeld.Select(d => new ProcessingRecord(InburgeringProcessingActivities.Aanmelding, ProcessingOperation.Create, DossierSubject.Of(d)))],
            cancellationToken);
        Log.DemoAanmeldingenSeeded(logger, aangemeld.Count, gemeente);
    }

    private static async Task<Aanbieder> ZorgVoorAanbiederAsync(
        InburgeringDbContext db,
        string gemeente,
        string naam,
        string kvk,
        bool keurmerk,
        string userId,
        DateTimeOffset nu,
        CancellationToken cancellationToken)
    {
        if (await db.Aanbieders.FirstOrDefaultAsync(a => a.KvkNummer == kvk && a.Vestigingsnummer == null, cancellationToken) is { } bestaand)
        {
            return bestaand;
        }

        var aanbieder = new Aanbieder
        {
            Id = Guid.CreateVersion7(),
            Gemeente = gemeente,
            Naam = naam,
            KvkNummer = kvk,
            Keurmerk = keurmerk,
            Actief = true,
            GeregistreerdOp = nu,
            GeregistreerdDoor = userId,
        };
        db.Aanbieders.Add(aanbieder);
        return aanbieder;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
