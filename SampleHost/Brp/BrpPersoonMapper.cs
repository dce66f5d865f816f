using System.Text.Json;
using Host.Abstractions;
using SampleHost.Brp.HaalCentraal;

namespace SampleHost.Brp;

/// <summary>Maps a person of the Personen API to the host's <see cref="BrpPersoon"/>.</summary>
internal static class BrpPersoonMapper
{
    /// <summary>Maps <paramref name="persoon"/>, the person the BRP returned for <paramref name="bsn"/>.</summary>
    /// <exception cref="JsonException">A date or residence has a type or value the API does not define. The message names the JSON path, never the value.</exception>
    public static BrpPersoon ToBrpPersoon(Bsn bsn, Persoon persoon)
    {
        return new BrpPersoon(bsn)
        {
            Naam = ToNaam(persoon.Naam),
            Geboortedatum = HaalCentraalDatum.ToPartialDate(persoon.Geboorte?.Datum, "$.personen[0].geboorte.datum"),
            Geboorteplaats = ToGeboorteplaats(persoon.Geboorte?.Plaats),
            Nationaliteiten = ToNationaliteiten(persoon.Nationaliteiten),
            Verblijfplaats = BrpVerblijfplaatsMapper.ToVerblijfplaats(persoon.Verblijfplaats, persoon.Adressering, persoon.GemeenteVanInschrijving),
            GemeenteVanInschrijving = persoon.GemeenteVanInschrijving is { Code: { } code } gemeente ? new BrpGemeente(code, gemeente.Omschrijving) : null,
            DatumInschrijvingInGemeente = HaalCentraalDatum.ToPartialDate(persoon.DatumInschrijvingInGemeente, "$.personen[0].datumInschrijvingInGemeente"),
        };
    }

    // BrpNaam requires a surname and a full name. A request for only some name fields gets an empty surname, and the
    // full name is composed from the parts the API sent when it sent no volledigeNaam.
    private static BrpNaam? ToNaam(Naam? naam)
    {
        if (naam is null)
        {
            return null;
        }

        var parts = new[] { naam.Voornamen, naam.Voorvoegsel, naam.Geslachtsnaam }.Where(part => !string.IsNullOrWhiteSpace(part));
        var volledigeNaam = naam.VolledigeNaam ?? string.Join(' ', parts);

        return new BrpNaam(naam.Voornamen, naam.Voorvoegsel, naam.Geslachtsnaam ?? string.Empty, volledigeNaam);
    }

    // A Dutch place of birth is a gemeente: the API sends its code and, where it can, its name. The name is used when
    // present, and otherwise the gemeentecode, so the fact is not lost.
    private static string? ToGeboorteplaats(Waardetabel? plaats) => plaats?.Omschrijving ?? plaats?.Code;

    private static List<BrpNationaliteit> ToNationaliteiten(IReadOnlyList<AbstractNationaliteit>? nationaliteiten)
    {
        // TODO: BrpNationaliteit has no place for BehandeldAlsNederlander, VastgesteldNietNederlander, Staatloos or
        // NationaliteitOnbekend, so those are dropped here. Treated-as-Dutch matters for the inburgering duty.
        return (nationaliteiten ?? [])
            .Where(nationaliteit => nationaliteit.Type == AbstractNationaliteit.Bekend)
            .Select(nationaliteit => nationaliteit.Nationaliteit)
            .Where(tabel => tabel?.Code is not null)
            .Select(tabel => new BrpNationaliteit(tabel!.Code!, tabel.Omschrijving))
            .ToList();
    }
}
