using System.Collections.Concurrent;
using System.Globalization;

namespace SampleHost.Brp.StandIn;

/// <summary>
/// The moves recorded in the stand-in, kept in memory until the host stops; the RvIG test set itself never changes.
/// The stand-in serves a moved person with the new address, and with the new gemeente of registration and its date
/// when the gemeente changed.
/// </summary>
internal sealed class StandInVerhuizingen
{
    private readonly ConcurrentDictionary<string, StandInVerhuizing> _verhuizingen = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="verhuizing"/>; a later move of the same person replaces an earlier one.</summary>
    public void Record(StandInVerhuizing verhuizing)
    {
        ArgumentNullException.ThrowIfNull(verhuizing);

        _verhuizingen[verhuizing.Burgerservicenummer] = verhuizing;
    }

    /// <summary>Returns <paramref name="persoon"/> as it is after its recorded move, or unchanged when it has none.</summary>
    public RvigPersoon Apply(RvigPersoon persoon)
    {
        ArgumentNullException.ThrowIfNull(persoon);

        if (!_verhuizingen.TryGetValue(persoon.Burgerservicenummer, out var verhuizing))
        {
            return persoon;
        }

        var datum = verhuizing.Datum.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var vorige = persoon.Verblijfplaats;
        var zelfdeGemeente = vorige?.GemeenteVanInschrijving == verhuizing.GemeenteVanInschrijving;

        return persoon with
        {
            Verblijfplaats = new RvigVerblijfplaats
            {
                GemeenteVanInschrijving = verhuizing.GemeenteVanInschrijving,
                DatumInschrijving = zelfdeGemeente ? vorige!.DatumInschrijving : datum,
                FunctieAdres = "W",
                DatumAanvangAdreshouding = datum,
                Straatnaam = verhuizing.Straatnaam,
                NaamOpenbareRuimte = verhuizing.Straatnaam,
                Huisnummer = verhuizing.Huisnummer,
                Postcode = verhuizing.Postcode,
                Woonplaats = verhuizing.Woonplaats,
            },
        };
    }
}
