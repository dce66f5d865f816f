using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Writes the valid rows of a delivery in batches inside the caller's transaction: a <see cref="Voortgangsmelding"/>
/// per row with its <see cref="Urenregel"/>s, and for a correction the earlier row replaced and its hours removed. After
/// each batch the change tracker is cleared, so memory does not grow with the size of the delivery. The first save
/// also saves what the caller added before it, such as the delivery itself.
/// </summary>
internal sealed class LeveringSchrijver(InburgeringDbContext db, Aanbieder aanbieder, Levering levering)
{
    /// <summary>The rows written per save; also the size of the batches of errors and processing records.</summary>
    public const int BatchGrootte = 1_000;

    /// <summary>
    /// The smallest batch written with a <c>COPY</c> on PostgreSQL. A <c>COPY</c> creates and drops a temporary table in
    /// the transaction, which costs more than it saves for the few rows of an API delivery or a portal entry.
    /// </summary>
    public const int KopieVanaf = 100;

    private readonly List<Voortgangsmelding> _meldingen = [];
    private readonly List<(Guid Vervangen, Guid Door)> _correcties = [];
    private readonly List<NieuweMelding> _nieuw = [];
    private readonly Dictionary<Guid, AangeraaktDossier> _dossiers = [];

    /// <summary>The rows written, for the check on unauthorised absence.</summary>
    public IReadOnlyList<NieuweMelding> Nieuw => _nieuw;

    /// <summary>The dossiers that got rows, each once, for the processing log.</summary>
    public IReadOnlyCollection<AangeraaktDossier> Dossiers => _dossiers.Values;

    /// <summary>The number of earlier rows this delivery corrected.</summary>
    public int AantalGecorrigeerd { get; private set; }

    /// <summary>Adds the valid row <paramref name="regel"/> of <paramref name="koppeling"/>'s aanmelding, and saves a full batch.</summary>
    public async Task VoegToeAsync(GevalideerdeRegel regel, RegelKoppeling koppeling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(koppeling);

        var melding = Melding(regel, koppeling.Verwijzing);
        _meldingen.Add(melding);
        _nieuw.Add(new NieuweMelding(melding.Id, melding.UrenAangeboden, melding.UrenOngeoorloofdVerzuim, koppeling.VervangtId));
        if (koppeling.VervangtId is { } vervangen)
        {
            _correcties.Add((vervangen, melding.Id));
        }

        var verwijzing = koppeling.Verwijzing;
        var gecorrigeerd = koppeling.VervangtId is not null || (_dossiers.TryGetValue(verwijzing.DossierId, out var eerder) && eerder.Gecorrigeerd);
        _dossiers[verwijzing.DossierId] = new AangeraaktDossier(verwijzing.DossierId, verwijzing.Bsn, gecorrigeerd);

        if (_meldingen.Count >= BatchGrootte)
        {
            await OpslaanAsync(cancellationToken);
        }
    }

    /// <summary>Saves the rows still waiting for a full batch.</summary>
    public async Task OpslaanAsync(CancellationToken cancellationToken)
    {
        var kopie = db.Database.IsNpgsql() && _meldingen.Count >= KopieVanaf;
        if (kopie && db.ChangeTracker.HasChanges())
        {
            // The delivery itself, when the caller added it without saving it: the copied rows refer to it.
            await db.SaveChangesAsync(cancellationToken);
        }

        if (_correcties.Count > 0)
        {
            await VervangAsync(cancellationToken);
        }

        if (kopie)
        {
            // A binary COPY: SaveChanges took about 9 s per 1,000 rows with their hours on PostgreSQL 15 (2-core machine).
            await PostgresKopie.SchrijfAsync(db, _meldingen, cancellationToken);
            await PostgresKopie.SchrijfAsync(db, _meldingen.SelectMany(Uren), cancellationToken);

            // Saves the corrected rows that VervangAsync marked, after the rows that replace them exist.
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            db.Voortgangsmeldingen.AddRange(_meldingen);
            db.Urenregels.AddRange(_meldingen.SelectMany(Uren));
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        _meldingen.Clear();
        _correcties.Clear();
    }

    /// <summary>Saves <paramref name="fouten"/> as the report of <paramref name="levering"/>, in batches.</summary>
    public static async Task SchrijfFoutenAsync(InburgeringDbContext db, Levering levering, IReadOnlyList<LeveringFoutmelding> fouten, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(levering);
        ArgumentNullException.ThrowIfNull(fouten);

        foreach (var batch in fouten.Chunk(BatchGrootte))
        {
            db.LeveringFouten.AddRange(batch.Select(fout => new LeveringFout
            {
                Id = Guid.CreateVersion7(),
                LeveringId = levering.Id,
                Gemeente = levering.Gemeente,
                Regelnummer = fout.Regelnummer,
                Kolom = Kort(fout.Kolom, 64),
                Waarde = Kort(fout.Waarde, 100),
                Code = Kort(fout.Code, 32)!,
                MeldingNl = Kort(fout.Melding.Nl, 500)!,
                MeldingEn = Kort(fout.Melding.En, 500)!,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Marks the corrected rows as replaced and removes their hours, which the new rows bring again.</summary>
    private async Task VervangAsync(CancellationToken cancellationToken)
    {
        var vervangen = _correcties.ToDictionary(c => c.Vervangen, c => c.Door);
        var ids = vervangen.Keys.ToList();

        var eerdere = await db.Voortgangsmeldingen.Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken);
        foreach (var eerder in eerdere)
        {
            eerder.VervangenDoorId = vervangen[eerder.Id];
        }

        await db.Urenregels
            .Where(r => r.VoortgangsmeldingId != null && ids.Contains(r.VoortgangsmeldingId.Value))
            .ExecuteDeleteAsync(cancellationToken);
        AantalGecorrigeerd += eerdere.Count;
    }

    private Voortgangsmelding Melding(GevalideerdeRegel regel, Verwijzing verwijzing) => new()
    {
        Id = Guid.CreateVersion7(),
        LeveringId = levering.Id,
        AanmeldingId = verwijzing.Id,
        AanbiederId = aanbieder.Id,
        DossierId = verwijzing.DossierId,
        Gemeente = levering.Gemeente,
        Regelnummer = regel.Regelnummer,
        Onderdeel = regel.Onderdeel,
        TrajectReferentie = regel.TrajectRef,
        PeriodeVan = regel.PeriodeVan,
        PeriodeTot = regel.PeriodeTot,
        UrenAangeboden = regel.UrenAangeboden,
        UrenGevolgdFysiek = regel.UrenGevolgdFysiek,
        UrenGevolgdOnline = regel.UrenGevolgdOnline,
        UrenGeoorloofdVerzuim = regel.UrenGeoorloofdVerzuim,
        UrenOngeoorloofdVerzuim = regel.UrenOngeoorloofdVerzuim,
        NiveauLezen = regel.NiveauLezen,
        NiveauLuisteren = regel.NiveauLuisteren,
        NiveauSpreken = regel.NiveauSpreken,
        NiveauSchrijven = regel.NiveauSchrijven,
        ExamenOnderdeel = regel.ExamenOnderdeel,
        ExamenDatum = regel.ExamenDatum,
        ExamenResultaat = regel.ExamenResultaat,
        Startdatum = regel.Startdatum,
        Einddatum = regel.Einddatum,
        Uitvalreden = regel.Uitvalreden,
        Opmerking = regel.Opmerking,
        OntvangenOp = levering.OntvangenOp,
    };

    private IEnumerable<Urenregel> Uren(Voortgangsmelding melding) =>
        UrenUitMelding.Van(melding).Select(uren => new Urenregel
        {
            Id = Guid.CreateVersion7(),
            DossierId = melding.DossierId,
            Gemeente = melding.Gemeente,
            Soort = uren.Soort,
            PeriodeVan = melding.PeriodeVan,
            PeriodeTot = melding.PeriodeTot,
            Uren = uren.Uren,
            MetKeurmerk = aanbieder.Keurmerk,
            Aanbieder = aanbieder.Naam,
            VoortgangsmeldingId = melding.Id,
            GeregistreerdOp = levering.OntvangenOp,
            GeregistreerdDoor = levering.OntvangenDoor,
        });

    private static string? Kort(string? tekst, int lengte) => tekst is not null && tekst.Length > lengte ? tekst[..lengte] : tekst;
}

/// <summary>A dossier a delivery wrote rows for, and whether one of them corrected an earlier row.</summary>
internal sealed record AangeraaktDossier(Guid DossierId, string Bsn, bool Gecorrigeerd);
