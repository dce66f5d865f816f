using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// The checked header of a delivery file: per position the column of <see cref="LeveringKolommen"/>. Names are trimmed
/// and compared without case; empty names at the end of the header are left out, as spreadsheets often add them.
/// </summary>
internal sealed class LeveringKop
{
    private LeveringKop(IReadOnlyList<string> kolommen)
    {
        Kolommen = kolommen;
    }

    /// <summary>The column names in the file's order, as <see cref="LeveringKolommen"/> spells them.</summary>
    public IReadOnlyList<string> Kolommen { get; }

    /// <summary>Checks the header's names: none empty or repeated, every required column present and none unknown.</summary>
    /// <param name="namen">The header's cells as read, untrimmed; <see langword="null"/> for an empty cell.</param>
    /// <returns>The header, or every error found, each listing all the columns concerned.</returns>
    public static (LeveringKop? Kop, IReadOnlyList<Bestandsfout> Fouten) Controleer(IReadOnlyList<string?> namen)
    {
        ArgumentNullException.ThrowIfNull(namen);

        var getrimd = namen.Select(n => n?.Trim() ?? string.Empty).ToList();
        while (getrimd.Count > 0 && getrimd[^1].Length == 0)
        {
            getrimd.RemoveAt(getrimd.Count - 1);
        }

        var fouten = new List<Bestandsfout>();

        var zonderNaam = getrimd.Select((naam, index) => (naam, nummer: index + 1)).Where(k => k.naam.Length == 0).Select(k => k.nummer).ToList();
        if (zonderNaam.Count > 0)
        {
            fouten.Add(Bestandsfouten.KolomZonderNaam(zonderNaam));
        }

        var benoemd = getrimd.Where(n => n.Length > 0).ToList();
        var dubbel = benoemd
            .GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        if (dubbel.Count > 0)
        {
            fouten.Add(Bestandsfouten.DubbeleKolommen(dubbel));
        }

        var ontbrekend = LeveringKolommen.Verplicht.Where(k => !benoemd.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        if (ontbrekend.Count > 0)
        {
            fouten.Add(Bestandsfouten.OntbrekendeKolommen(ontbrekend));
        }

        var onbekend = benoemd.Where(n => Kolom(n) is null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (onbekend.Count > 0)
        {
            fouten.Add(Bestandsfouten.OnbekendeKolommen(onbekend));
        }

        return fouten.Count > 0 ? (null, fouten) : (new LeveringKop([.. getrimd.Select(n => Kolom(n)!)]), []);
    }

    /// <summary>
    /// Returns the row's values by column, or <see langword="null"/> for a row whose values are all empty, which a file
    /// may have between its rows.
    /// </summary>
    /// <param name="regelnummer">The line or sheet row where the row starts.</param>
    /// <param name="velden">The row's values in the file's order.</param>
    public LeveringRegel? NaarRegel(int regelnummer, IReadOnlyList<string?> velden)
    {
        ArgumentNullException.ThrowIfNull(velden);

        if (velden.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        var waarden = new Dictionary<string, string?>(Kolommen.Count, StringComparer.Ordinal);
        for (var index = 0; index < Kolommen.Count; index++)
        {
            waarden[Kolommen[index]] = index < velden.Count ? velden[index] : null;
        }

        var overig = velden.Skip(Kolommen.Count).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        return new LeveringRegel(regelnummer, waarden) { OverbodigeWaarden = overig.Count > 0 ? string.Join(' ', overig) : null };
    }

    private static string? Kolom(string naam) =>
        LeveringKolommen.Alle.FirstOrDefault(k => string.Equals(k, naam, StringComparison.OrdinalIgnoreCase));
}
