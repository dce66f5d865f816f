namespace Inburgering.Plugin.Uren;

/// <summary>The hours of one dossier added up per <see cref="UrenSoort"/>, with the counts the law uses.</summary>
internal sealed class UrenTotalen
{
    private readonly Dictionary<UrenSoort, decimal> _uren;
    private readonly Dictionary<UrenSoort, decimal> _metKeurmerk;

    private UrenTotalen(Dictionary<UrenSoort, decimal> uren, Dictionary<UrenSoort, decimal> metKeurmerk)
    {
        _uren = uren;
        _metKeurmerk = metKeurmerk;
    }

    /// <summary>Adds up <paramref name="regels"/>; pass only the rows of one dossier.</summary>
    public static UrenTotalen Van(IEnumerable<Urenregel> regels)
    {
        ArgumentNullException.ThrowIfNull(regels);

        var list = regels.ToList();
        return new UrenTotalen(
            list.GroupBy(r => r.Soort).ToDictionary(g => g.Key, g => g.Sum(r => r.Uren)),
            list.Where(r => r.MetKeurmerk).GroupBy(r => r.Soort).ToDictionary(g => g.Key, g => g.Sum(r => r.Uren)));
    }

    /// <summary>Returns the hours of <paramref name="soort"/>.</summary>
    public decimal Van(UrenSoort soort) => _uren.GetValueOrDefault(soort);

    /// <summary>Returns the hours of <paramref name="soort"/> at a school with a quality mark.</summary>
    public decimal MetKeurmerk(UrenSoort soort) => _metKeurmerk.GetValueOrDefault(soort);

    /// <summary>NT2 hours in person and online together.</summary>
    public decimal Nt2 => Van(UrenSoort.Nt2Fysiek) + Van(UrenSoort.Nt2Online);

    /// <summary>
    /// The NT2 hours at schools with a quality mark that count for afschalen: in-person hours in full, online hours up
    /// to the number of in-person hours, because at least half of the hours must be taught in person.
    /// </summary>
    public decimal Nt2VoorAfschalen
    {
        get
        {
            var fysiek = MetKeurmerk(UrenSoort.Nt2Fysiek);
            return fysiek + Math.Min(MetKeurmerk(UrenSoort.Nt2Online), fysiek);
        }
    }

    /// <summary>The course hours of the Z-route: NT2, alfabetisering and KNM.</summary>
    public decimal ZRouteCursus => Nt2 + Van(UrenSoort.Alfabetisering) + Van(UrenSoort.Knm);
}
