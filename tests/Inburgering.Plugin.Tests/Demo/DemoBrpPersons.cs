using Host.Abstractions;

namespace Inburgering.Plugin.Tests.Demo;

/// <summary>
/// The persons of the RvIG BRP test set that the demo data register besides <see cref="TestDoubles.BrpTestPersons"/>,
/// with the fields the registration reads: name, birth date, nationality and the gemeente of registration.
/// </summary>
public static class DemoBrpPersons
{
    public static IReadOnlyList<BrpPersoon> All { get; } =
    [
        Persoon("999990159", "Niklas", null, "Kortum", new DateOnly(1950, 9, 19), "0055", "0518", new DateOnly(1998, 2, 1)),
        Persoon("999993938", "Pip", null, "Pal", new DateOnly(2001, 10, 31), "0312", "0599", new DateOnly(2001, 10, 31)),
        Persoon("999992466", "Amandine", "le", "Sommer", new DateOnly(1987, 4, 10), "0057", "0518", new DateOnly(2016, 8, 16)),
        Persoon("999990172", "Róza Mstyslava", null, "Żywiałowska", new DateOnly(1965, 9, 17), "0072", "0599", new DateOnly(2005, 5, 5)),
        Persoon("999991176", "Erika", "de", "Goede", new DateOnly(1987, 4, 1), "0034", "0599", new DateOnly(1998, 6, 12)),
        Persoon("999991838", "Patrick", null, "Braveheart", new DateOnly(1993, 12, 26), "0060", "0599", new DateOnly(2012, 10, 30)),
        Persoon("999994748", "Oeroeg", null, "Wongsodikromo", new DateOnly(1948, 6, 1), "0313", "0599", new DateOnly(1995, 9, 19)),
        Persoon("999996976", "Michelle", "D", "Derencourt", new DateOnly(1963, 6, 30), "0057", "0599", new DateOnly(2010, 11, 1)),
        Persoon("999996988", "Louis", "De", "Dekker", new DateOnly(1958, 4, 3), "0052", "0599", new DateOnly(2010, 11, 1)),
        Persoon("999992016", "Catherine", "Van", "Nassau la Lecq", new DateOnly(1988, 4, 25), "0068", "0518", new DateOnly(2016, 8, 16)),
        Persoon("999991334", "Petri", null, "Lodygin", new DateOnly(1994, 7, 4), "0068", "0518", new DateOnly(2016, 8, 16)),
        Persoon("999990081", "Paula", null, "Gonzalez", new DateOnly(1962, 5, 28), "0077", "0518", new DateOnly(2016, 8, 16)),
        Persoon("999990871", "Petri", null, "Vornowski", new DateOnly(1994, 7, 4), "0034", "0518", new DateOnly(1994, 7, 4)),
    ];

    private static BrpPersoon Persoon(string bsn, string voornamen, string? voorvoegsel, string geslachtsnaam, DateOnly geboren, string nationaliteit, string gemeente, DateOnly ingeschreven) =>
        new(Bsn.Parse(bsn))
        {
            Naam = new BrpNaam(voornamen, voorvoegsel, geslachtsnaam, string.Join(' ', new[] { voornamen, voorvoegsel, geslachtsnaam }.Where(p => p is not null))),
            Geboortedatum = PartialDate.FromDate(geboren),
            Nationaliteiten = [new BrpNationaliteit(nationaliteit, null)],
            GemeenteVanInschrijving = new BrpGemeente(gemeente, gemeente == "0599" ? "Rotterdam" : "'s-Gravenhage"),
            DatumInschrijvingInGemeente = PartialDate.FromDate(ingeschreven),
        };
}
