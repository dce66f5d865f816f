using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Handhaving;

/// <summary>The termijn screen's handhaving section: the facts, the proposals with their reasoning, and the decisions.</summary>
internal static class HandhavingSection
{
    public static ScreenSection For(Dossier dossier, IReadOnlyList<HandhavingFeit> feiten, IReadOnlyList<HandhavingBesluit> besluiten)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        var voorstellen = MaatregelAdvies.Voor(dossier.Doelgroep, feiten);
        var elements = new List<ScreenElement>
        {
            new TextElement(new LocalizedText(
                "De module stelt maatregelen voor en legt nooit zelf iets op. De gemeente weegt het geval en legt haar besluit apart vast.",
                "The module proposes measures and never imposes anything itself. The municipality weighs the case and records its decision separately.")),
            new ListElement(
                [HandhavingFields.Soort, HandhavingFields.Datum, HandhavingFields.Verplichting, HandhavingFields.Omschrijving],
                [.. feiten.Select(f => new ListRow([f.Soort.ToString(), f.Datum, f.Verplichting?.ToString(), f.Omschrijving], null))])
            {
                EmptyText = new LocalizedText("Er zijn geen feiten voor handhaving vastgelegd.", "No facts for enforcement have been recorded."),
            },
        };
        if (voorstellen.Count == 0)
        {
            elements.Add(new TextElement(new LocalizedText("Geen voorstellen: er zijn geen feiten die om een maatregel vragen.", "No proposals: no facts call for a measure.")));
        }

        elements.AddRange(voorstellen.Select(Tekst));
        elements.Add(new ListElement(
            [HandhavingFields.Besluitdatum, HandhavingFields.Maatregel, HandhavingFields.Uitkomst, HandhavingFields.Bedrag, HandhavingFields.Reden],
            [.. besluiten.Select(b => new ListRow([b.Besluitdatum, b.Maatregel.ToString(), b.Uitkomst.ToString(), b.Bedrag, b.Reden], null))])
        {
            EmptyText = new LocalizedText("Er is nog geen besluit over een boete vastgelegd.", "No decision on a fine has been recorded yet."),
        });

        return new ScreenSection(new LocalizedText("Handhaving", "Enforcement"), elements);
    }

    private static TextElement Tekst(MaatregelVoorstel voorstel) => voorstel.Voorgesteld
        ? new TextElement(new LocalizedText("Voorstel: " + voorstel.Motivering.Nl, "Proposal: " + voorstel.Motivering.En))
        : new TextElement(voorstel.Motivering);
}
