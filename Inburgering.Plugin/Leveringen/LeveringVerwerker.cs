using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Processes a delivery in two passes over its rows. The first pass checks every row and keeps only the errors and the
/// periods. The second pass writes the valid rows in one transaction. A delivery that arrives again with the same
/// reference and rows is recognised by its content hash and written once.
/// </summary>
internal sealed class LeveringVerwerker(
    InburgeringDbContext db,
    ICurrentUser user,
    IAanbiederToegang toegang,
    IProcessingLog processingLog,
    IVerzuimSignalering verzuim,
    IMeldingen meldingen,
    TimeProvider clock,
    ILogger<LeveringVerwerker> logger) : ILeveringVerwerker
{
    /// <summary>The most errors an outcome lists; the stored report has them all.</summary>
    public const int MaximumFoutenInUitkomst = 1_000;

    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public async Task<LeveringUitkomst> VerwerkAsync(LeveringInvoer invoer, Func<IAsyncEnumerable<LeveringRegel>> regels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        ArgumentNullException.ThrowIfNull(regels);

        if (ControleerReferentie(invoer.Referentie) is { } ongeldig)
        {
            return Weiger(invoer, ongeldig, 0);
        }

        var (aanbieder, weigering) = await new LeveringAanbieder(db, user, toegang).BepaalAsync(invoer, regels, cancellationToken);
        if (aanbieder is null)
        {
            return Weiger(invoer, weigering!, 0);
        }

        try
        {
            return await VerwerkVoorAsync(aanbieder, invoer, regels, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.LeveringGeannuleerd(logger, aanbieder.Id);
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<LeveringUitkomst> VerwerkVoorAsync(
        Aanbieder aanbieder,
        LeveringInvoer invoer,
        Func<IAsyncEnumerable<LeveringRegel>> regels,
        CancellationToken cancellationToken)
    {
        var vandaag = AmsterdamTime.Today(clock);
        var controle = await LeveringControle.LaadAsync(db, aanbieder, invoer.Referentie, invoer.Bsns, cancellationToken);
        var uitkomst = await ControleerAsync(regels, controle, vandaag, cancellationToken);
        if (uitkomst.AantalRegels == 0)
        {
            return Weiger(invoer, LeveringWeigeringen.GeenRegels, 0);
        }

        if (await EerdereAsync(aanbieder.Id, invoer.Referentie, cancellationToken) is { } eerdere)
        {
            return await HerhaaldAsync(eerdere, invoer, uitkomst, cancellationToken);
        }

        var levering = new Levering
        {
            Id = Guid.CreateVersion7(),
            Gemeente = aanbieder.Gemeente,
            AanbiederId = aanbieder.Id,
            Kanaal = invoer.Kanaal,
            Referentie = invoer.Referentie,
            Inhoudshash = uitkomst.Inhoudshash,
            Modus = invoer.Modus,
            Status = uitkomst.Status(invoer.Modus),
            Bestandsnaam = invoer.Bestandsnaam,
            AantalRegels = uitkomst.AantalRegels,
            AantalGeweigerd = uitkomst.Afgewezen.Count,
            OntvangenOp = clock.GetUtcNow(),
            OntvangenDoor = user.UserId,
        };

        if (levering.Status == LeveringStatus.Geweigerd)
        {
            await BewaarRapportAsync(levering, uitkomst, cancellationToken);
            Log.LeveringVerwerkt(logger, levering.Id, aanbieder.Id, invoer.Kanaal, levering.Status, levering.AantalRegels, 0, levering.AantalGeweigerd, 0);
            return Uitkomst(levering, uitkomst.Fouten);
        }

        levering.AantalVerwerkt = uitkomst.AantalGeldig;
        return await SchrijfAsync(aanbieder, levering, invoer, regels, controle, uitkomst, vandaag, cancellationToken);
    }

    /// <summary>Checks every row (the first pass) and hashes the rows.</summary>
    private static async Task<LeveringControleUitkomst> ControleerAsync(
        Func<IAsyncEnumerable<LeveringRegel>> regels,
        LeveringControle controle,
        DateOnly vandaag,
        CancellationToken cancellationToken)
    {
        using var hash = new LeveringInhoudshash();
        var fouten = new List<LeveringFoutmelding>();
        var afgewezen = new HashSet<int>();
        var positie = 0;

        await foreach (var regel in regels().WithCancellation(cancellationToken))
        {
            var validatie = LeveringRegelValidatie.Valideer(regel, vandaag);
            var regelFouten = validatie.Regel is { } geldig ? Hash(hash, geldig, controle) : Hash(hash, regel, validatie.Fouten);
            if (regelFouten.Count > 0)
            {
                fouten.AddRange(regelFouten);
                afgewezen.Add(positie);
            }

            positie++;
        }

        return new LeveringControleUitkomst(positie, fouten, afgewezen, hash.Waarde());
    }

    private static IReadOnlyList<LeveringFoutmelding> Hash(LeveringInhoudshash hash, GevalideerdeRegel regel, LeveringControle controle)
    {
        hash.Voeg(regel);
        return controle.Controleer(regel).Fouten;
    }

    private static IReadOnlyList<LeveringFoutmelding> Hash(LeveringInhoudshash hash, LeveringRegel regel, IReadOnlyList<LeveringFoutmelding> fouten)
    {
        hash.Voeg(regel);
        return fouten;
    }

    /// <summary>
    /// Writes the delivery, its errors and its valid rows (the second pass) in one transaction, then records the
    /// processing per dossier and checks the unauthorised absence of the new rows.
    /// </summary>
    private async Task<LeveringUitkomst> SchrijfAsync(
        Aanbieder aanbieder,
        Levering levering,
        LeveringInvoer invoer,
        Func<IAsyncEnumerable<LeveringRegel>> regels,
        LeveringControle controle,
        LeveringControleUitkomst uitkomst,
        DateOnly vandaag,
        CancellationToken cancellationToken)
    {
        var rijen = regels();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The delivery and its message are saved with the first batch of errors or rows, not in a save of their own.
        db.Leveringen.Add(levering);
        meldingen.Publiceer(MeldingTypen.LeveringVerwerkt, levering.Id.ToString("D"), new Dictionary<string, string?>
        {
            ["aanbiederId"] = aanbieder.Id.ToString("D"),
            ["status"] = levering.Status.ToString(),
            ["aantalRegels"] = levering.AantalRegels.ToString(CultureInfo.InvariantCulture),
            ["aantalVerwerkt"] = levering.AantalVerwerkt.ToString(CultureInfo.InvariantCulture),
            ["aantalGeweigerd"] = levering.AantalGeweigerd.ToString(CultureInfo.InvariantCulture),
        });
        var schrijver = new LeveringSchrijver(db, aanbieder, levering);
        try
        {
            await LeveringSchrijver.SchrijfFoutenAsync(db, levering, uitkomst.Fouten, cancellationToken);
            await SchrijfRegelsAsync(rijen, controle, uitkomst, schrijver, vandaag, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            Log.LeveringGelijktijdig(logger, aanbieder.Id);

            var eerdere = await EerdereAsync(aanbieder.Id, invoer.Referentie, cancellationToken)
                ?? throw new InvalidOperationException($"The delivery of aanbieder {aanbieder.Id} violated the unique reference, but no earlier delivery was found.", exception);
            return await HerhaaldAsync(eerdere, invoer, uitkomst, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        await RegistreerVerwerkingAsync(aanbieder, schrijver.Dossiers, cancellationToken);
        foreach (var batch in schrijver.Nieuw.Chunk(LeveringSchrijver.BatchGrootte))
        {
            await verzuim.SignaleerAsync(batch, cancellationToken);
        }

        Log.LeveringVerwerkt(logger, levering.Id, aanbieder.Id, invoer.Kanaal, levering.Status, levering.AantalRegels, levering.AantalVerwerkt, levering.AantalGeweigerd, schrijver.AantalGecorrigeerd);
        return Uitkomst(levering, uitkomst.Fouten);
    }

    private static async Task SchrijfRegelsAsync(
        IAsyncEnumerable<LeveringRegel> rijen,
        LeveringControle controle,
        LeveringControleUitkomst uitkomst,
        LeveringSchrijver schrijver,
        DateOnly vandaag,
        CancellationToken cancellationToken)
    {
        using var hash = new LeveringInhoudshash();
        var positie = 0;

        await foreach (var regel in rijen.WithCancellation(cancellationToken))
        {
            var geldig = LeveringRegelValidatie.Valideer(regel, vandaag).Regel;
            if (geldig is null)
            {
                hash.Voeg(regel);
            }
            else
            {
                hash.Voeg(geldig);
                if (!uitkomst.Afgewezen.Contains(positie))
                {
                    await schrijver.VoegToeAsync(geldig, controle.Koppel(geldig), cancellationToken);
                }
            }

            positie++;
        }

        await schrijver.OpslaanAsync(cancellationToken);

        // The rows are read twice; a source that returns other rows the second time must not get half its rows written.
        if (positie != uitkomst.AantalRegels || hash.Waarde() != uitkomst.Inhoudshash)
        {
            throw new InvalidOperationException("The rows of the delivery changed between the check and the import; nothing was written.");
        }
    }

    /// <summary>Stores a refused delivery with its errors, so the report can be opened later; no row is imported.</summary>
    private async Task BewaarRapportAsync(Levering levering, LeveringControleUitkomst uitkomst, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        db.Leveringen.Add(levering);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await LeveringSchrijver.SchrijfFoutenAsync(db, levering, uitkomst.Fouten, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Records one processing per dossier that got rows. When a consulent imports the file, the record names the
    /// aanbieder's KvK number as the organisation the data come from. For a user who acts for the aanbieder, the host
    /// records the organisation itself.
    /// </summary>
    private async Task RegistreerVerwerkingAsync(Aanbieder aanbieder, IReadOnlyCollection<AangeraaktDossier> dossiers, CancellationToken cancellationToken)
    {
        var namens = user.Organisation is null ? aanbieder.KvkNummer : null;
        foreach (var batch in dossiers.Chunk(LeveringSchrijver.BatchGrootte))
        {
            var records = batch
                .Select(d => new ProcessingRecord(
                    InburgeringProcessingActivities.Aanlevering,
                    d.Gecorrigeerd ? ProcessingOperation.Update : ProcessingOperation.Create,
                    DataSubject.FromBsn(Bsn.Parse(d.Bsn))) { OnBehalfOf = namens })
                .ToList();
            await processingLog.RecordAllAsync(records, cancellationToken);
        }
    }

    private Task<Levering?> EerdereAsync(Guid aanbiederId, string referentie, CancellationToken cancellationToken) =>
        db.Leveringen.AsNoTracking()
            .Where(l => l.AanbiederId == aanbiederId && l.Referentie == referentie && l.Status != LeveringStatus.Geweigerd)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Returns the stored outcome of <paramref name="eerdere"/> when the rows are the same, and refuses the delivery when
    /// the aanbieder used the reference for other rows.
    /// </summary>
    private async Task<LeveringUitkomst> HerhaaldAsync(Levering eerdere, LeveringInvoer invoer, LeveringControleUitkomst uitkomst, CancellationToken cancellationToken)
    {
        if (eerdere.Inhoudshash != uitkomst.Inhoudshash)
        {
            Log.ReferentieHergebruikt(logger, eerdere.AanbiederId, eerdere.Id);
            var ontvangen = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(eerdere.OntvangenOp, s_amsterdam).DateTime);
            return new LeveringUitkomst(Guid.Empty, LeveringStatus.Geweigerd, uitkomst.AantalRegels, 0, [])
            {
                Geweigerd = LeveringWeigeringen.ReferentieAlGebruikt(invoer.Referentie, ontvangen),
            };
        }

        var leveringId = eerdere.Id;
        var fouten = await db.LeveringFouten.AsNoTracking()
            .Where(f => f.LeveringId == leveringId)
            .OrderBy(f => f.Regelnummer)
            .ThenBy(f => f.Kolom)
            .ThenBy(f => f.Code)
            .Take(MaximumFoutenInUitkomst)
            .Select(f => new LeveringFoutmelding(f.Regelnummer, f.Kolom, f.Waarde, f.Code, new LocalizedText(f.MeldingNl, f.MeldingEn)))
            .ToListAsync(cancellationToken);

        Log.LeveringHerhaald(logger, eerdere.Id, eerdere.AanbiederId);
        return new LeveringUitkomst(eerdere.Id, eerdere.Status, eerdere.AantalRegels, eerdere.AantalVerwerkt, fouten) { Herhaald = true };
    }

    private LeveringUitkomst Weiger(LeveringInvoer invoer, LocalizedText weigering, int aantalRegels)
    {
        Log.LeveringGeweigerd(logger, invoer.Kanaal, user.UserId, weigering.En);
        return new LeveringUitkomst(Guid.Empty, LeveringStatus.Geweigerd, aantalRegels, 0, []) { Geweigerd = weigering };
    }

    private static LeveringUitkomst Uitkomst(Levering levering, IReadOnlyList<LeveringFoutmelding> fouten) =>
        new(levering.Id, levering.Status, levering.AantalRegels, levering.AantalVerwerkt, [.. fouten.Take(MaximumFoutenInUitkomst)]);

    private static LocalizedText? ControleerReferentie(string referentie)
    {
        if (string.IsNullOrWhiteSpace(referentie))
        {
            return LeveringWeigeringen.GeenReferentie;
        }

        return referentie.Length > LeveringWeigeringen.MaximumReferentieLengte ? LeveringWeigeringen.TeLangeReferentie : null;
    }
}
