using Host.Abstractions;

namespace Inburgering.Plugin.Tests.Termijn;

/// <summary>Reads the termijn screen's content by section title and field key.</summary>
internal static class TermijnScreenValues
{
    public static ScreenSection Section(ScreenContent screen, string titleNl) => screen.Sections.Single(s => s.Title.Nl == titleNl);

    public static object? Field(ScreenContent screen, string titleNl, string key) =>
        Section(screen, titleNl).Elements.OfType<FieldElement>().Single(f => f.Field.Key == key).Value;

    public static IReadOnlyList<string> Texts(ScreenContent screen, string titleNl) =>
        [.. Section(screen, titleNl).Elements.OfType<TextElement>().Select(t => t.Text.Nl)];

    public static IReadOnlyList<ListRow> Rows(ScreenContent screen, string titleNl, int list = 0) =>
        Section(screen, titleNl).Elements.OfType<ListElement>().ElementAt(list).Rows;
}
