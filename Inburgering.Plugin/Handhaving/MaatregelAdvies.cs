using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Handhaving;

/// <summary>
/// Proposes measures from the recorded facts, each with its reasoning. The gemeente decides; nothing is imposed here.
/// </summary>
internal static class MaatregelAdvies
{
    /// <summary>The fixed fine for not taking part in the brede intake, in euros (Wet inburgering 2021, art. 22).</summary>
    public const decimal BoeteBredeIntake = 250m;

    /// <summary>The maximum fine for culpably breaching the PIP, in euros (Wet inburgering 2021, art. 23).</summary>
    public const decimal MaximumBoetePip = 800m;

    /// <summary>
    /// Returns one proposal per kind of measure the facts call for, in the order brede intake, PIP, Participatiewet.
    /// Since the Raad van State ruling of 9 July 2025 an asielstatushouder is not fined as a matter of routine, so for an
    /// asielstatushouder without a recorded <see cref="HandhavingFeitSoort.UitzonderlijkGeval"/> the fine proposals have
    /// <see cref="MaatregelVoorstel.Voorgesteld"/> false, and their reasoning explains why.
    /// </summary>
    public static IReadOnlyList<MaatregelVoorstel> Voor(Doelgroep doelgroep, IReadOnlyCollection<HandhavingFeit> feiten)
    {
        ArgumentNullException.ThrowIfNull(feiten);

        var voorstellen = new List<MaatregelVoorstel>();
        var boeteUitgesloten = doelgroep == Doelgroep.Asielstatushouder
            && !feiten.Any(f => f.Soort == HandhavingFeitSoort.UitzonderlijkGeval);

        if (feiten.Any(f => f.Soort == HandhavingFeitSoort.NietDeelgenomenBredeIntake))
        {
            voorstellen.Add(boeteUitgesloten
                ? GeenBoete(Maatregel.BoeteBredeIntake)
                : new MaatregelVoorstel(Maatregel.BoeteBredeIntake, true, BoeteBredeIntake, null, new LocalizedText(
                    "De persoon nam niet deel aan de brede intake. De wet (artikel 22 Wet inburgering 2021) geeft daarvoor een vaste boete van € 250. De gemeente beslist of zij die oplegt.",
                    "The person did not take part in the broad intake. The law (article 22 Civic Integration Act 2021) sets a fixed fine of €250 for it. The municipality decides whether to impose it.")));
        }

        var pipFeiten = feiten.Where(f => f.Soort == HandhavingFeitSoort.PipVerwijtbaarNietNagekomen).ToList();
        if (pipFeiten.Any(f => f.Verplichting != PipVerplichting.ParticipatiewetOnderdeel))
        {
            voorstellen.Add(boeteUitgesloten
                ? GeenBoete(Maatregel.BoetePip)
                : new MaatregelVoorstel(Maatregel.BoetePip, true, null, MaximumBoetePip, new LocalizedText(
                    "De persoon kwam een verplichting uit het PIP verwijtbaar niet na. De gemeente kan een boete van ten hoogste € 800 opleggen (artikel 23 Wet inburgering 2021) en bepaalt zelf de hoogte.",
                    "The person culpably did not meet an obligation of the PIP. The municipality may impose a fine of at most €800 (article 23 Civic Integration Act 2021) and sets the amount itself.")));
        }

        if (pipFeiten.Any(f => f.Verplichting == PipVerplichting.ParticipatiewetOnderdeel))
        {
            voorstellen.Add(new MaatregelVoorstel(Maatregel.Participatiewetmaatregel, true, null, null, new LocalizedText(
                "Een onderdeel van het PIP onder de Participatiewet is niet nagekomen. Dat handhaaft de gemeente met een maatregel op de bijstand volgens haar afstemmingsverordening, niet met een boete uit de Wet inburgering.",
                "A part of the PIP under the Participation Act was not met. The municipality enforces that with a measure on the social assistance under its own regulation, not with a fine under the Civic Integration Act.")));
        }

        return voorstellen;
    }

    private static MaatregelVoorstel GeenBoete(Maatregel maatregel) =>
        new(maatregel, false, null, null, new LocalizedText(
            "Geen boete voorgesteld: sinds de uitspraak van de Raad van State van 9 juli 2025 krijgt een asielstatushouder niet standaard een boete, alleen in een uitzonderlijk geval zoals aangetoonde, aanhoudende onwil. Leg eerst vast waarom dit geval uitzonderlijk is.",
            "No fine proposed: since the ruling of the Council of State of 9 July 2025 an asylum permit holder is not fined as a matter of routine, only in an exceptional case such as proven, persistent unwillingness. First record why this case is exceptional."));
}
