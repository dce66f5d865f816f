using System.Text;

namespace TestSupport.LogScan;

/// <summary>
/// The BSNs and name words of every person in the RvIG test set (persoonslijsten proefomgeving GBA-V, 2 May 2022):
/// the persons themselves and their parents, partners and children, from the current and the historic rows.
/// </summary>
/// <remarks>
/// The CSV is SampleHost's copy, linked into this project's output as <c>LogScan/rvig-testset-gba-v-2022-05-02.csv</c>.
/// Columns are LO GBA elements <c>CC.GG.EE</c>: <c>CC.01.20</c> is a burgerservicenummer, <c>CC.02.10</c> the
/// voornamen and <c>CC.02.40</c> the geslachtsnaam, in categories 01 (person), 02 and 03 (parents), 05 (partner)
/// and 09 (child).
/// </remarks>
public sealed class RvigTestSetEntries
{
    /// <summary>The path of the test set next to the test assembly.</summary>
    public static readonly string DefaultPath = Path.Combine(AppContext.BaseDirectory, "LogScan", "rvig-testset-gba-v-2022-05-02.csv");

    private static readonly Lazy<RvigTestSetEntries> s_default = new(() => Load(DefaultPath));

    private RvigTestSetEntries(IReadOnlySet<string> bsns, IReadOnlySet<string> nameWords)
    {
        Bsns = bsns;
        NameWords = nameWords;
    }

    /// <summary>The test set at <see cref="DefaultPath"/>, read once per process.</summary>
    public static RvigTestSetEntries Default => s_default.Value;

    /// <summary>Every burgerservicenummer in the set, as nine digits.</summary>
    public IReadOnlySet<string> Bsns { get; }

    /// <summary>
    /// Every word of every voornamen and geslachtsnaam in the set, split at anything that is not a letter, with the
    /// spelling and case of the set.
    /// </summary>
    public IReadOnlySet<string> NameWords { get; }

    /// <summary>Reads the test set at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file has no BSN or name column.</exception>
    public static RvigTestSetEntries Load(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = lines[0].Split(';');
        var bsnColumns = ColumnsEndingWith(header, ".01.20");
        var nameColumns = ColumnsEndingWith(header, ".02.10").Concat(ColumnsEndingWith(header, ".02.40")).ToList();
        if (bsnColumns.Count == 0 || nameColumns.Count == 0)
        {
            throw new InvalidDataException($"{path} has no burgerservicenummer (CC.01.20) or name (CC.02.10, CC.02.40) columns; is it the RvIG test set?");
        }

        var bsns = new HashSet<string>(StringComparer.Ordinal);
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(';');
            foreach (var column in bsnColumns.Where(c => c < cells.Length && cells[c].Length == 9))
            {
                bsns.Add(cells[column]);
            }

            foreach (var column in nameColumns.Where(c => c < cells.Length))
            {
                nameWords.UnionWith(LogWords.Split(cells[column]).Select(w => w.Text));
            }
        }

        return new RvigTestSetEntries(bsns, nameWords);
    }

    private static List<int> ColumnsEndingWith(string[] header, string element) =>
        [.. header.Select((name, index) => (name, index)).Where(c => c.name.EndsWith(element, StringComparison.Ordinal)).Select(c => c.index)];
}
