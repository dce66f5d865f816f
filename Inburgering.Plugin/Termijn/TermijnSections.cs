using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Termijn;

/// <summary>The termijn screen's sections on the termijn, the verlengingen, ontheffing and vrijstelling, and voldaan.</summary>
internal static class TermijnSections
{
    public static ScreenSection Termijn(Dossier dossier, IReadOnlyList<Verlenging> verlengingen, IReadOnlyList<GeenVerwijt> geenVerwijten)
    {
        var title = new LocalizedText("Inburgeringstermijn", "Integration term");
        if (dossier.Termijn is not { } termijn)
        {
            return new ScreenSection(title, [new TextElement(TermijnMessages.GeenTermijn)]);
        }

        var elements = new List<ScreenElement>
        {
            new FieldElement(TermijnFields.DagtekeningEerstePip, dossier.DagtekeningEerstePip),
            new FieldElement(TermijnFields.Start, termijn.Start),
            new FieldElement(TermijnFields.LaatsteSchakeldag, termijn.LaatsteSchakeldag),
            new FieldElement(TermijnFields.LaatsteDag, termijn.LaatsteDag),
            new FieldElement(TermijnFields.EffectieveLaatsteDag, termijn.LaatsteDagMet(verlengingen)),
        };

        foreach (var geenVerwijt in geenVerwijten)
        {
            elements.Add(new TextElement(new LocalizedText(
                $"Geen verwijt bij te late afronding (Besluit inburgering 2021, artikel 4.3 lid 2), vastgesteld op {Datum.Nl(geenVerwijt.VastgesteldOp)}: {geenVerwijt.Toelichting}",
                $"No blame for a late finish (Civic Integration Decree 2021, article 4.3(2)), established on {Datum.En(geenVerwijt.VastgesteldOp)}: {geenVerwijt.Toelichting}")));
        }

        return new ScreenSection(title, elements);
    }

    public static ScreenSection Verlengingen(IReadOnlyList<Verlenging> verlengingen) =>
        new(
            new LocalizedText("Verlengingen", "Extensions"),
            [
                new ListElement(
                    [TermijnFields.Volgnummer, TermijnFields.Besluitdatum, TermijnFields.Beslisser, TermijnFields.BeslisserNaam, TermijnFields.VerlengingsGrond, TermijnFields.Toelichting, TermijnFields.NieuweLaatsteDag],
                    [.. verlengingen.Select(v => new ListRow([v.Volgnummer, v.Besluitdatum, v.Beslisser.ToString(), v.BeslisserNaam, v.Grond.ToString(), v.Toelichting, v.NieuweLaatsteDag], null))])
                {
                    EmptyText = new LocalizedText("De termijn is niet verlengd. De laatste verlenging bepaalt de laatste dag.", "The term was not extended. The last extension sets the last day."),
                },
            ]);

    public static ScreenSection Ontheffingen(IReadOnlyList<Ontheffing> ontheffingen) =>
        new(
            new LocalizedText("Ontheffing en vrijstelling", "Dispensation and exemption"),
            [
                new ListElement(
                    [TermijnFields.OntheffingSoort, TermijnFields.Besluitdatum, TermijnFields.Grond, TermijnFields.Toelichting],
                    [.. ontheffingen.Select(o => new ListRow([o.Soort.ToString(), o.Besluitdatum, o.Grond.ToString(), o.Toelichting], null))])
                {
                    EmptyText = new LocalizedText(
                        "Geen ontheffing of vrijstelling. Een besluit van DUO vastleggen sluit het dossier af.",
                        "No dispensation or exemption. Recording a decision by DUO closes the dossier."),
                },
            ]);

    public static ScreenSection Voldaan(Dossier dossier, VoldaanUitkomst? uitkomst)
    {
        var title = new LocalizedText("Voldaan", "Obligation met");
        if (dossier.Status == DossierStatus.Voldaan)
        {
            return new ScreenSection(title, [new FieldElement(TermijnFields.VoldaanOp, dossier.StatusSinds)]);
        }

        if (uitkomst is null)
        {
            return new ScreenSection(title, [new TextElement(new LocalizedText(
                $"Voldaan kan alleen worden vastgesteld als het dossier de status {DossierStatusNames.Nl(DossierStatus.InTraject)} heeft; nu is dat {DossierStatusNames.Nl(dossier.Status)}.",
                $"Completion can only be established when the dossier has status {DossierStatusNames.En(DossierStatus.InTraject)}; now it is {DossierStatusNames.En(dossier.Status)}."))]);
        }

        return new ScreenSection(title, [new TextElement(VoldaanTekst.Van(uitkomst))]);
    }
}
