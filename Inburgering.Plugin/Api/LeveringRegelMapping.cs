using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Api;

/// <summary>
/// Turns the rows of a <see cref="LeveringVerzoek"/> into <see cref="LeveringRegel"/>s under the columns of the file
/// format, so the API's rows get the same validation as a file's. The row number is the position from 1.
/// </summary>
internal static class LeveringRegelMapping
{
    /// <summary>Returns the rows as the file format names them.</summary>
    /// <param name="regels">The body's rows, none of them null.</param>
    /// <param name="leveringId">The delivery's reference: the <c>Idempotency-Key</c>.</param>
    /// <param name="organisatie">The caller's organisation: a KvK number, optionally followed by <c>/</c> and a vestigingsnummer.</param>
    public static IReadOnlyList<LeveringRegel> NaarRegels(IReadOnlyList<LeveringVerzoekRegel?> regels, string leveringId, string organisatie)
    {
        ArgumentNullException.ThrowIfNull(regels);
        ArgumentNullException.ThrowIfNull(organisatie);

        var scheiding = organisatie.IndexOf('/', StringComparison.Ordinal);
        var kvk = scheiding < 0 ? organisatie : organisatie[..scheiding];
        var vestigingsnummer = scheiding < 0 ? null : organisatie[(scheiding + 1)..];

        var result = new List<LeveringRegel>(regels.Count);
        for (var index = 0; index < regels.Count; index++)
        {
            var regel = regels[index] ?? throw new ArgumentException($"Row {index} is null.", nameof(regels));
            result.Add(new LeveringRegel(index + 1, Waarden(regel, leveringId, kvk, vestigingsnummer)));
        }

        return result;
    }

    private static Dictionary<string, string?> Waarden(LeveringVerzoekRegel regel, string leveringId, string kvk, string? vestigingsnummer) => new(StringComparer.Ordinal)
    {
        [LeveringKolommen.LeveringId] = leveringId,
        [LeveringKolommen.AanbiederKvk] = kvk,
        [LeveringKolommen.Vestigingsnummer] = vestigingsnummer,
        [LeveringKolommen.Bsn] = regel.Bsn,
        [LeveringKolommen.TrajectRef] = regel.TrajectRef,
        [LeveringKolommen.Leerroute] = regel.Leerroute,
        [LeveringKolommen.Onderdeel] = regel.Onderdeel,
        [LeveringKolommen.PeriodeVan] = regel.PeriodeVan,
        [LeveringKolommen.PeriodeTot] = regel.PeriodeTot,
        [LeveringKolommen.UrenAangeboden] = regel.UrenAangeboden,
        [LeveringKolommen.UrenGevolgdFysiek] = regel.UrenGevolgdFysiek,
        [LeveringKolommen.UrenGevolgdOnline] = regel.UrenGevolgdOnline,
        [LeveringKolommen.UrenGeoorloofdVerzuim] = regel.UrenGeoorloofdVerzuim,
        [LeveringKolommen.UrenOngeoorloofdVerzuim] = regel.UrenOngeoorloofdVerzuim,
        [LeveringKolommen.NiveauLezen] = regel.NiveauLezen,
        [LeveringKolommen.NiveauLuisteren] = regel.NiveauLuisteren,
        [LeveringKolommen.NiveauSpreken] = regel.NiveauSpreken,
        [LeveringKolommen.NiveauSchrijven] = regel.NiveauSchrijven,
        [LeveringKolommen.ExamenOnderdeel] = regel.ExamenOnderdeel,
        [LeveringKolommen.ExamenDatum] = regel.ExamenDatum,
        [LeveringKolommen.ExamenResultaat] = regel.ExamenResultaat,
        [LeveringKolommen.Startdatum] = regel.Startdatum,
        [LeveringKolommen.Einddatum] = regel.Einddatum,
        [LeveringKolommen.Uitvalreden] = regel.Uitvalreden,
        [LeveringKolommen.Opmerking] = regel.Opmerking,
    };
}
