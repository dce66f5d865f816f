using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Leveringen;

/// <summary>
/// The attendance one aanbieder delivered for one onderdeel of a dossier: the hours added up over the current rows
/// (corrected rows do not count), and per skill the level of the latest row that reports one.
/// </summary>
internal sealed record AanwezigheidPerAanbieder(
    Cursusonderdeel Onderdeel,
    string Aanbieder,
    DateOnly TotEnMet,
    decimal Aangeboden,
    decimal GevolgdFysiek,
    decimal GevolgdOnline,
    decimal GeoorloofdVerzuim,
    decimal OngeoorloofdVerzuim)
{
    public Vaardigheidsniveau? Lezen { get; init; }

    public Vaardigheidsniveau? Luisteren { get; init; }

    public Vaardigheidsniveau? Spreken { get; init; }

    public Vaardigheidsniveau? Schrijven { get; init; }

    /// <summary>Reads the delivered attendance of <paramref name="dossierId"/>, ordered by onderdeel and aanbieder.</summary>
    public static async Task<IReadOnlyList<AanwezigheidPerAanbieder>> LeesAsync(InburgeringDbContext db, Guid dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var meldingen = await db.Voortgangsmeldingen.AsNoTracking()
            .Where(m => m.DossierId == dossierId && m.VervangenDoorId == null)
            .OrderByDescending(m => m.PeriodeTot)
            .ToListAsync(cancellationToken);
        var aanbiederIds = meldingen.Select(m => m.AanbiederId).Distinct().ToList();
        var namen = await db.Aanbieders.AsNoTracking()
            .Where(a => aanbiederIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Naam, cancellationToken);

        return
        [
            .. meldingen
                .GroupBy(m => (m.Onderdeel, m.AanbiederId))
                .Select(groep => Van(groep.Key.Onderdeel, namen.GetValueOrDefault(groep.Key.AanbiederId, "?"), [.. groep]))
                .OrderBy(a => a.Onderdeel)
                .ThenBy(a => a.Aanbieder, StringComparer.Ordinal),
        ];
    }

    /// <summary>Adds up <paramref name="meldingen"/>, which are ordered from the latest period.</summary>
    private static AanwezigheidPerAanbieder Van(Cursusonderdeel onderdeel, string aanbieder, List<Voortgangsmelding> meldingen) =>
        new(
            onderdeel,
            aanbieder,
            meldingen[0].PeriodeTot,
            meldingen.Sum(m => m.UrenAangeboden),
            meldingen.Sum(m => m.UrenGevolgdFysiek),
            meldingen.Sum(m => m.UrenGevolgdOnline),
            meldingen.Sum(m => m.UrenGeoorloofdVerzuim),
            meldingen.Sum(m => m.UrenOngeoorloofdVerzuim))
        {
            Lezen = meldingen.Select(m => m.NiveauLezen).FirstOrDefault(n => n is not null),
            Luisteren = meldingen.Select(m => m.NiveauLuisteren).FirstOrDefault(n => n is not null),
            Spreken = meldingen.Select(m => m.NiveauSpreken).FirstOrDefault(n => n is not null),
            Schrijven = meldingen.Select(m => m.NiveauSchrijven).FirstOrDefault(n => n is not null),
        };
}
