using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Overdracht;

/// <summary>The parts of a package beyond the person, intake and PIP: termijn, hours, onderdelen, exams and agreements.</summary>
internal sealed record OverdrachtOnderdelen(
    IReadOnlyList<OverdrachtVerlenging> Verlengingen,
    IReadOnlyList<OverdrachtUren> Uren,
    OverdrachtOnderdeel? Pvt,
    OverdrachtOnderdeel? Map,
    OverdrachtKnm? Knm,
    IReadOnlyList<OverdrachtExamen> Examens,
    IReadOnlyList<OverdrachtAfspraak> OpenAfspraken)
{
    /// <summary>Soort of an open aanmelding bij een aanbieder.</summary>
    public const string AfspraakAanmelding = "aanmelding";

    /// <summary>Soort of a running ontzorging.</summary>
    public const string AfspraakOntzorgen = "ontzorgen";

    /// <summary>Soort of running maatschappelijke begeleiding.</summary>
    public const string AfspraakMaatschappelijkeBegeleiding = "maatschappelijke-begeleiding";

    /// <summary>
    /// Reads the parts of <paramref name="dossierId"/>. An agreement is open when it has not ended before
    /// <paramref name="vandaag"/>; a refused ontzorging is not an agreement.
    /// </summary>
    public static async Task<OverdrachtOnderdelen> LeesAsync(InburgeringDbContext db, Guid dossierId, DateOnly vandaag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var verlengingen = await db.Verlengingen.AsNoTracking()
            .Where(v => v.DossierId == dossierId)
            .OrderBy(v => v.Volgnummer)
            .ToListAsync(cancellationToken);
        var uren = await db.Urenregels.AsNoTracking()
            .Where(u => u.DossierId == dossierId)
            .OrderBy(u => u.PeriodeVan)
            .ThenBy(u => u.Id)
            .ToListAsync(cancellationToken);
        var pvt = await db.PvtOnderdelen.AsNoTracking().SingleOrDefaultAsync(p => p.DossierId == dossierId, cancellationToken);
        var map = await db.MapOnderdelen.AsNoTracking().SingleOrDefaultAsync(m => m.DossierId == dossierId, cancellationToken);
        var knm = await db.KnmOnderdelen.AsNoTracking().SingleOrDefaultAsync(k => k.DossierId == dossierId, cancellationToken);
        var examens = await db.Examenresultaten.AsNoTracking()
            .Where(e => e.DossierId == dossierId)
            .OrderBy(e => e.Examendatum)
            .ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);

        return new OverdrachtOnderdelen(
            [.. verlengingen.Select(v => new OverdrachtVerlenging(v.NieuweLaatsteDag, v.Grond.ToString()) { Besluitnemer = v.Beslisser.ToString(), Besluitdatum = v.Besluitdatum })],
            [.. uren.Select(u => new OverdrachtUren(u.Soort.ToString(), u.PeriodeVan, u.PeriodeTot, u.Uren) { MetKeurmerk = u.MetKeurmerk, Aanbieder = u.Aanbieder })],
            pvt is null ? null : new OverdrachtOnderdeel { Resultaat = pvt.Resultaat?.ToString(), Datum = pvt.DatumOndertekening, DuoGeregistreerdOp = pvt.DuoGeregistreerdOp },
            map is null ? null : new OverdrachtOnderdeel { Resultaat = map.Resultaat?.ToString(), Datum = map.DatumEindgesprek, DuoGeregistreerdOp = map.DuoGeregistreerdOp },
            knm is null ? null : new OverdrachtKnm(knm.Status.ToString()) { Examendatum = knm.Examendatum, Examenresultaat = knm.Examenresultaat?.ToString() },
            [.. examens.Select(e => new OverdrachtExamen(e.Onderdeel.ToString(), e.Examendatum, e.Niveau.ToString(), e.Resultaat.ToString()) { Score = e.Score })],
            await OpenAfsprakenAsync(db, dossierId, vandaag, cancellationToken));
    }

    private static async Task<IReadOnlyList<OverdrachtAfspraak>> OpenAfsprakenAsync(InburgeringDbContext db, Guid dossierId, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var aanmeldingen = await db.Aanmeldingen.AsNoTracking()
            .Where(a => a.DossierId == dossierId && (a.Einddatum == null || a.Einddatum >= vandaag))
            .Join(db.Aanbieders, a => a.AanbiederId, b => b.Id, (a, b) => new { b.Naam, a.Onderdeel, a.Startdatum, a.Einddatum })
            .OrderBy(a => a.Startdatum)
            .ToListAsync(cancellationToken);
        var ontzorgingen = await db.Ontzorgingen.AsNoTracking()
            .Where(o => o.DossierId == dossierId && o.Einddatum >= vandaag && o.WeigeringOp == null)
            .OrderBy(o => o.Startdatum)
            .Select(o => new { o.Startdatum, o.Einddatum })
            .ToListAsync(cancellationToken);
        var begeleidingen = await db.MaatschappelijkeBegeleidingen.AsNoTracking()
            .Where(m => m.DossierId == dossierId && (m.Einddatum == null || m.Einddatum >= vandaag))
            .OrderBy(m => m.Startdatum)
            .Select(m => new { m.Organisatie, m.Startdatum, m.Einddatum })
            .ToListAsync(cancellationToken);

        return
        [
            .. aanmeldingen.Select(a => new OverdrachtAfspraak(AfspraakAanmelding, $"{a.Naam}: {a.Onderdeel}", a.Startdatum) { Tot = a.Einddatum }),
            .. ontzorgingen.Select(o => new OverdrachtAfspraak(AfspraakOntzorgen, "Ontzorgen: vaste lasten uit de bijstand betaald", o.Startdatum) { Tot = o.Einddatum }),
            .. begeleidingen.Select(m => new OverdrachtAfspraak(AfspraakMaatschappelijkeBegeleiding, $"Maatschappelijke begeleiding door {m.Organisatie}", m.Startdatum) { Tot = m.Einddatum }),
        ];
    }
}
