using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// Matches the rows of one delivery to the aanbieder's referrals and to the rows delivered before. Each row needs the
/// student's aanmelding (by BSN and onderdeel) and a period that starts inside it. No row may repeat or overlap another
/// row of the delivery, or overlap a current row, except with the identical period, which corrects that row. It keeps
/// the referrals and the periods of the rows, never the rows themselves.
/// </summary>
internal sealed class LeveringControle
{
    private readonly Aanbieder _aanbieder;
    private readonly string _referentie;
    private readonly Dictionary<(string Bsn, Cursusonderdeel Onderdeel), List<Verwijzing>> _aanmeldingen;
    private readonly Dictionary<Guid, List<EerdereMelding>> _huidig;
    private readonly Dictionary<Guid, List<Geleverd>> _geleverd = [];

    private LeveringControle(
        Aanbieder aanbieder,
        string referentie,
        Dictionary<(string, Cursusonderdeel), List<Verwijzing>> aanmeldingen,
        Dictionary<Guid, List<EerdereMelding>> huidig)
    {
        _aanbieder = aanbieder;
        _referentie = referentie;
        _aanmeldingen = aanmeldingen;
        _huidig = huidig;
    }

    /// <summary>
    /// Loads the referrals of <paramref name="aanbieder"/> with their dossier's BSN, and the periods of its current
    /// rows. A dossier without a BSN or whose processing is restricted gets no deliveries, so it is left out. When
    /// <paramref name="bsns"/> is given, only the referrals of those students and their rows are loaded.
    /// </summary>
    public static async Task<LeveringControle> LaadAsync(
        InburgeringDbContext db,
        Aanbieder aanbieder,
        string referentie,
        IReadOnlySet<string>? bsns,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aanbieder);

        var aanbiederId = aanbieder.Id;
        var dossiers = db.Dossiers.Where(d => d.Bsn != null && d.BeperktOp == null);
        if (bsns is not null)
        {
            var gezocht = bsns.ToList();
            dossiers = dossiers.Where(d => gezocht.Contains(d.Bsn!));
        }

        // One query: each referral with each of its current rows, or once with none.
        var rijen =
            from a in db.Aanmeldingen.AsNoTracking()
            where a.AanbiederId == aanbiederId
            join d in dossiers on a.DossierId equals d.Id
            from m in db.Voortgangsmeldingen.AsNoTracking().Where(m => m.AanmeldingId == a.Id && m.VervangenDoorId == null).DefaultIfEmpty()
            select new
            {
                Verwijzing = new Verwijzing(a.Id, a.DossierId, d.Bsn!, a.Onderdeel, a.Startdatum, a.Einddatum),
                MeldingId = (Guid?)m!.Id,
                Van = (DateOnly?)m.PeriodeVan,
                Tot = (DateOnly?)m.PeriodeTot,
            };

        var aanmeldingen = new Dictionary<(string, Cursusonderdeel), List<Verwijzing>>();
        var huidig = new Dictionary<Guid, List<EerdereMelding>>();
        await foreach (var rij in rijen.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var verwijzing = rij.Verwijzing;
            if (!huidig.TryGetValue(verwijzing.Id, out var meldingen))
            {
                Lijst(aanmeldingen, (verwijzing.Bsn, verwijzing.Onderdeel)).Add(verwijzing);
                meldingen = [];
                huidig.Add(verwijzing.Id, meldingen);
            }

            if (rij.MeldingId is { } meldingId)
            {
                meldingen.Add(new EerdereMelding(meldingId, rij.Van!.Value, rij.Tot!.Value));
            }
        }

        return new LeveringControle(aanbieder, referentie, aanmeldingen, huidig);
    }

    /// <summary>
    /// Checks <paramref name="regel"/> and, when it is valid, remembers its period so a later row that repeats or
    /// overlaps it is rejected. Returns the match, or the errors.
    /// </summary>
    public (RegelKoppeling? Koppeling, IReadOnlyList<LeveringFoutmelding> Fouten) Controleer(GevalideerdeRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);

        var fouten = ControleerAanbieder(regel);
        if (fouten.Count > 0)
        {
            return (null, fouten);
        }

        var verwijzing = ZoekVerwijzing(regel);
        if (verwijzing is null)
        {
            return (null, [VerwerkingMeldingen.GeenAanmelding(regel)]);
        }

        if (ControleerPeriode(regel, verwijzing) is { } fout)
        {
            return (null, [fout]);
        }

        var geleverd = Lijst(_geleverd, verwijzing.Id);
        if (ControleerLevering(regel, geleverd) is { } dubbel)
        {
            return (null, [dubbel]);
        }

        var huidig = _huidig.GetValueOrDefault(verwijzing.Id);
        var vervangen = huidig?.FirstOrDefault(m => m.Van == regel.PeriodeVan && m.Tot == regel.PeriodeTot);
        var overlap = huidig?.FirstOrDefault(m => m != vervangen && Overlapt(m.Van, m.Tot, regel));
        if (overlap is not null)
        {
            return (null, [VerwerkingMeldingen.OverlapMetEerder(regel, overlap.Van, overlap.Tot)]);
        }

        geleverd.Add(new Geleverd(regel.PeriodeVan, regel.PeriodeTot, regel.Regelnummer));
        return (new RegelKoppeling(verwijzing, vervangen?.Id), []);
    }

    /// <summary>
    /// Returns the match of a row that <see cref="Controleer"/> accepted before, without remembering it again: the second
    /// pass over the rows uses it to write them.
    /// </summary>
    /// <exception cref="InvalidOperationException">The row no longer matches, because the rows changed between the passes.</exception>
    public RegelKoppeling Koppel(GevalideerdeRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);

        var verwijzing = ZoekVerwijzing(regel)
            ?? throw new InvalidOperationException($"Row {regel.Regelnummer} matched a referral in the first pass but not in the second, so the rows changed between the passes.");
        var vervangen = _huidig.GetValueOrDefault(verwijzing.Id)?.FirstOrDefault(m => m.Van == regel.PeriodeVan && m.Tot == regel.PeriodeTot);
        return new RegelKoppeling(verwijzing, vervangen?.Id);
    }

    private List<LeveringFoutmelding> ControleerAanbieder(GevalideerdeRegel regel)
    {
        var fouten = new List<LeveringFoutmelding>();
        if (!string.Equals(regel.LeveringId, _referentie, StringComparison.Ordinal))
        {
            fouten.Add(VerwerkingMeldingen.AndereLeveringId(regel, _referentie));
        }

        if (!string.Equals(regel.AanbiederKvk, _aanbieder.KvkNummer, StringComparison.Ordinal))
        {
            fouten.Add(VerwerkingMeldingen.AndereAanbieder(regel, _aanbieder.KvkNummer));
        }

        // A row's branch must match only when both the row and the aanbieder name one, as for the user's own aanbieders.
        if (regel.Vestigingsnummer is { } vestiging && _aanbieder.Vestigingsnummer is { } eigen && !string.Equals(vestiging, eigen, StringComparison.Ordinal))
        {
            fouten.Add(VerwerkingMeldingen.AndereVestiging(regel, eigen));
        }

        return fouten;
    }

    /// <summary>
    /// Returns the student's aanmelding for the row's onderdeel: the one whose dates contain the start of the period, or
    /// else the latest, whose dates then explain the error.
    /// </summary>
    private Verwijzing? ZoekVerwijzing(GevalideerdeRegel regel)
    {
        if (!_aanmeldingen.TryGetValue((regel.Bsn, regel.Onderdeel), out var verwijzingen))
        {
            return null;
        }

        return verwijzingen
            .Where(v => v.Startdatum <= regel.PeriodeVan && (v.Einddatum is null || regel.PeriodeVan <= v.Einddatum))
            .MaxBy(v => v.Startdatum)
            ?? verwijzingen.MaxBy(v => v.Startdatum);
    }

    private static LeveringFoutmelding? ControleerPeriode(GevalideerdeRegel regel, Verwijzing verwijzing)
    {
        if (regel.PeriodeVan < verwijzing.Startdatum)
        {
            return VerwerkingMeldingen.VoorStart(regel, verwijzing.Startdatum);
        }

        if (verwijzing.Einddatum is { } einde && regel.PeriodeVan > einde)
        {
            return VerwerkingMeldingen.NaEinde(regel, einde);
        }

        return null;
    }

    private static LeveringFoutmelding? ControleerLevering(GevalideerdeRegel regel, List<Geleverd> geleverd)
    {
        foreach (var eerder in geleverd)
        {
            if (eerder.Van == regel.PeriodeVan && eerder.Tot == regel.PeriodeTot)
            {
                return VerwerkingMeldingen.Dubbel(regel, eerder.Regelnummer);
            }

            if (Overlapt(eerder.Van, eerder.Tot, regel))
            {
                return VerwerkingMeldingen.OverlapInLevering(regel, eerder.Van, eerder.Tot, eerder.Regelnummer);
            }
        }

        return null;
    }

    private static bool Overlapt(DateOnly van, DateOnly tot, GevalideerdeRegel regel) => van <= regel.PeriodeTot && regel.PeriodeVan <= tot;

    private static List<TWaarde> Lijst<TSleutel, TWaarde>(Dictionary<TSleutel, List<TWaarde>> lijsten, TSleutel sleutel)
        where TSleutel : notnull
    {
        if (!lijsten.TryGetValue(sleutel, out var lijst))
        {
            lijst = [];
            lijsten.Add(sleutel, lijst);
        }

        return lijst;
    }

    /// <summary>A current row delivered before: its id and period.</summary>
    private sealed record EerdereMelding(Guid Id, DateOnly Van, DateOnly Tot);

    /// <summary>The period of a valid row of this delivery, with its line for the error of a later row.</summary>
    private readonly record struct Geleverd(DateOnly Van, DateOnly Tot, int Regelnummer);
}

/// <summary>An aanmelding of the aanbieder, with the BSN of its dossier.</summary>
internal sealed record Verwijzing(Guid Id, Guid DossierId, string Bsn, Cursusonderdeel Onderdeel, DateOnly Startdatum, DateOnly? Einddatum);

/// <summary>The aanmelding a valid row belongs to, and the current row with the identical period it corrects, if any.</summary>
internal sealed record RegelKoppeling(Verwijzing Verwijzing, Guid? VervangtId);
