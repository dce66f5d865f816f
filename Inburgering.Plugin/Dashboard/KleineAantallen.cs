using Host.Abstractions;

namespace Inburgering.Plugin.Dashboard;

/// <summary>
/// Keeps small groups out of the figures: a category with fewer than <see cref="Drempel"/> dossiers shows "minder dan
/// 5" instead of its count, and charts leave it out, so no one can be recognised in a small group.
/// </summary>
internal static class KleineAantallen
{
    /// <summary>The smallest count shown as a number.</summary>
    public const int Drempel = 5;

    /// <summary>Returns a counter for <paramref name="count"/>, or the text "minder dan 5" for a small group.</summary>
    public static ScreenElement Teller(LocalizedText label, long count) =>
        count >= Drempel
            ? new CounterElement(label, count)
            : new TextElement(new LocalizedText($"{label.Nl}: minder dan {Drempel}", $"{label.En}: fewer than {Drempel}"));

    /// <summary>
    /// Returns a bar chart of the categories with at least <see cref="Drempel"/> dossiers, or <see langword="null"/> when
    /// none has; the counters next to it name the small groups.
    /// </summary>
    public static ChartElement? Staafdiagram(LocalizedText title, LocalizedText series, IEnumerable<(LocalizedText Label, long Count)> categories)
    {
        var shown = categories.Where(c => c.Count >= Drempel).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        return new ChartElement(ChartKind.Bar, title, [.. shown.Select(c => c.Label)], [new ChartSeries(series, [.. shown.Select(c => (decimal)c.Count)])]);
    }
}
