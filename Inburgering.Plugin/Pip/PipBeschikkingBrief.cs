using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using static Inburgering.Plugin.Pip.PipTermijn;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The text of the beschikking letter of a PIP version: addressee, dagtekening and onderwerp, the decision, the
/// contents, the inburgeringstermijn (Wet inburgering 2021, art. 11), the contact person and the bezwaar clause
/// (Algemene wet bestuursrecht: six weeks, in writing, with name, address, date, the decision, reasons and signature).
/// </summary>
internal static class PipBeschikkingBrief
{
    public static LocalizedText Onderwerp { get; } = new(
        "Besluit persoonlijk plan inburgering en participatie (PIP)",
        "Decision on the personal integration and participation plan (PIP)");

    /// <summary>Returns the sections of the letter of <paramref name="versie"/>; <paramref name="vorige"/> is the version it replaces.</summary>
    public static IReadOnlyList<ScreenSection> Sections(Dossier dossier, PipVersie versie, PipVersie? vorige)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(versie);

        return
        [
            new ScreenSection(new LocalizedText("Aan", "To"),
            [
                new FieldElement(DossierFields.Naam, dossier.Naam),
                new FieldElement(DossierFields.AdresRegel1, dossier.AdresRegel1),
                new FieldElement(DossierFields.AdresRegel2, dossier.AdresRegel2),
            ]),
            new ScreenSection(new LocalizedText("Brief", "Letter"),
            [
                new FieldElement(PipFields.Dagtekening, versie.Dagtekening),
                new FieldElement(PipFields.Versienummer, versie.Versienummer),
                new TextElement(new LocalizedText($"Onderwerp: {Onderwerp.Nl}", $"Subject: {Onderwerp.En}")),
            ]),
            new ScreenSection(new LocalizedText("Besluit", "Decision"), [.. Besluit(versie, vorige)]),
            new ScreenSection(new LocalizedText("Inhoud van uw PIP", "Contents of your PIP"), PipFields.Elements(versie.Inhoud)),
            new ScreenSection(new LocalizedText("Uw inburgeringstermijn", "Your integration term"), Termijn(dossier)),
            new ScreenSection(new LocalizedText("Vragen", "Questions"),
            [
                new TextElement(new LocalizedText(
                    $"Hebt u vragen over dit besluit? Neem dan contact op met uw contactpersoon {versie.ContactpersoonNaam}, {versie.ContactpersoonEmail}.",
                    $"Do you have questions about this decision? Then contact your contact person {versie.ContactpersoonNaam}, {versie.ContactpersoonEmail}.")),
            ]),
            new ScreenSection(new LocalizedText("Bezwaar maken", "Objection"), Bezwaar(dossier)),
            new ScreenSection(new LocalizedText("Ondertekening", "Signature"),
            [
                new TextElement(new LocalizedText(
                    $"Met vriendelijke groet, het college van burgemeester en wethouders van gemeente {dossier.Gemeente}, namens dezen, {versie.ContactpersoonNaam}",
                    $"Yours faithfully, the college of mayor and aldermen of municipality {dossier.Gemeente}, on their behalf, {versie.ContactpersoonNaam}")),
            ]),
        ];
    }

    private static IEnumerable<ScreenElement> Besluit(PipVersie versie, PipVersie? vorige)
    {
        if (!versie.IsVastgesteld)
        {
            yield return new TextElement(new LocalizedText(
                "Dit is een concept. Het PIP is nog niet vastgesteld en is nog geen besluit.",
                "This is a draft. The PIP has not been adopted yet and is not yet a decision."));
        }

        yield return new TextElement(new LocalizedText("Geachte heer, mevrouw,", "Dear Sir or Madam,"));

        if (versie.Soort == PipSoort.Eerste || vorige?.Dagtekening is not { } vorigeDagtekening)
        {
            yield return new TextElement(new LocalizedText(
                "Het college van burgemeester en wethouders heeft uw persoonlijk plan inburgering en participatie (PIP) vastgesteld. Wij hebben het plan eerst met u besproken. Dit besluit is genomen op grond van artikel 15 van de Wet inburgering 2021.",
                "The college of mayor and aldermen has adopted your personal integration and participation plan (PIP). We first discussed the plan with you. This decision is based on article 15 of the Civic Integration Act 2021."));
        }
        else
        {
            yield return new TextElement(new LocalizedText(
                $"Het college van burgemeester en wethouders heeft uw persoonlijk plan inburgering en participatie (PIP) gewijzigd. Dit besluit vervangt het PIP met dagtekening {Nl(vorigeDagtekening)}. Dit besluit is genomen op grond van artikel 15 van de Wet inburgering 2021.",
                $"The college of mayor and aldermen has changed your personal integration and participation plan (PIP). This decision replaces the PIP dated {En(vorigeDagtekening)}. This decision is based on article 15 of the Civic Integration Act 2021."));
        }

        if (SoortZin(versie) is { } soortZin)
        {
            yield return new TextElement(soortZin);
        }

        if (versie.Wijzigingsreden is { } reden)
        {
            yield return new TextElement(new LocalizedText($"Reden van de wijziging: {reden}", $"Reason for the change: {reden}"));
        }

        yield return new TextElement(new LocalizedText(
            $"U volgt de {LeerrouteNames.Name(versie.Leerroute).Nl} op niveau {versie.Niveau}. Hieronder staat wat wij met u hebben afgesproken.",
            $"You follow the {LeerrouteNames.Name(versie.Leerroute).En} at level {versie.Niveau}. Below is what we agreed with you."));
    }

    private static LocalizedText? SoortZin(PipVersie versie) => versie.Soort switch
    {
        PipSoort.Schakelen => new LocalizedText(
            $"U stapt over naar een andere leerroute: voortaan volgt u de {LeerrouteNames.Name(versie.Leerroute).Nl}.",
            $"You switch to another learning route: from now on you follow the {LeerrouteNames.Name(versie.Leerroute).En}."),
        PipSoort.Afschalen => new LocalizedText(
            "Uw leerroute is afgeschaald van niveau B1 naar niveau A2. U hebt ten minste 600 uur NT2-les gevolgd bij een school met keurmerk en voldoende inzet getoond.",
            "Your learning route was scaled down from level B1 to level A2. You followed at least 600 hours of NT2 lessons at a school with a quality mark and showed enough effort."),
        PipSoort.Verhuizing => new LocalizedText(
            "U bent naar onze gemeente verhuisd. Daarom stellen wij een nieuw PIP vast. Uw leerroute blijft hetzelfde.",
            "You moved to our municipality. That is why we adopt a new PIP. Your learning route stays the same."),
        _ => null,
    };

    private static IReadOnlyList<ScreenElement> Termijn(Dossier dossier)
    {
        if (dossier.Termijn is not { } termijn)
        {
            return
            [
                new TextElement(new LocalizedText(
                    "Uw inburgeringstermijn begint op de dag na de dagtekening van uw eerste PIP en duurt drie jaar.",
                    "Your integration term starts on the day after the date of your first PIP and lasts three years.")),
            ];
        }

        return
        [
            new TextElement(new LocalizedText(
                $"Uw inburgeringstermijn is begonnen op {Nl(termijn.Start)}, de dag na de dagtekening van uw eerste PIP ({Nl(dossier.DagtekeningEerstePip!.Value)}). De termijn duurt drie jaar; de laatste dag is {Nl(termijn.LaatsteDag)}. Een nieuw of gewijzigd PIP verandert deze termijn niet.",
                $"Your integration term started on {En(termijn.Start)}, the day after the date of your first PIP ({En(dossier.DagtekeningEerstePip!.Value)}). The term lasts three years; the last day is {En(termijn.LaatsteDag)}. A new or changed PIP does not change this term.")),
            new FieldElement(PipFields.TermijnStart, termijn.Start),
            new FieldElement(PipFields.TermijnLaatsteDag, termijn.LaatsteDag),
        ];
    }

    private static IReadOnlyList<ScreenElement> Bezwaar(Dossier dossier) =>
    [
        new TextElement(new LocalizedText(
            $"Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Stuur uw bezwaarschrift binnen zes weken na de dagtekening van deze brief schriftelijk aan het college van burgemeester en wethouders van gemeente {dossier.Gemeente}.",
            $"Do you disagree with this decision? Then you can object. Send your objection in writing within six weeks after the date of this letter to the college of mayor and aldermen of municipality {dossier.Gemeente}.")),
        new TextElement(new LocalizedText(
            "Uw bezwaarschrift moet ten minste bevatten: uw naam en adres, de datum, een omschrijving van het besluit waartegen u bezwaar maakt, de redenen van uw bezwaar en uw handtekening.",
            "Your objection must contain at least: your name and address, the date, a description of the decision you object to, the reasons for your objection and your signature.")),
    ];
}
