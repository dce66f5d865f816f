using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Handhaving;

/// <summary>The checks on a decision about a fine before it is recorded.</summary>
internal static class BesluitRegels
{
    /// <summary>
    /// Returns the errors in a decision, empty when it is valid. A fine needs the fact it punishes; for an
    /// asielstatushouder it also needs the recorded exceptional case. An imposed fine for the brede intake is exactly
    /// €250 and one for the PIP more than €0 and at most €800; a decision against a fine needs a reason and no amount.
    /// The decision date is not after <paramref name="vandaag"/>.
    /// </summary>
    public static IReadOnlyList<FieldError> Valideer(
        Maatregel maatregel,
        BesluitUitkomst uitkomst,
        decimal? bedrag,
        DateOnly besluitdatum,
        string? reden,
        Doelgroep doelgroep,
        IReadOnlyCollection<HandhavingFeit> feiten,
        DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(feiten);

        var errors = new List<FieldError>();

        if (maatregel == Maatregel.Participatiewetmaatregel)
        {
            errors.Add(new FieldError(HandhavingFields.Maatregel.Key, new LocalizedText(
                "Een maatregel op de bijstand legt u vast in de bijstandsadministratie, niet hier. Kies een boete uit de lijst.",
                "Record a measure on social assistance in the social assistance records, not here. Choose a fine from the list.")));
            return errors;
        }

        if (!HeeftFeit(maatregel, feiten))
        {
            errors.Add(new FieldError(HandhavingFields.Maatregel.Key, maatregel == Maatregel.BoeteBredeIntake
                ? new LocalizedText(
                    "Leg eerst vast dat de persoon niet deelnam aan de brede intake.",
                    "First record that the person did not take part in the broad intake.")
                : new LocalizedText(
                    "Leg eerst vast welke verplichting uit het PIP verwijtbaar niet is nagekomen.",
                    "First record which obligation of the PIP was culpably not met.")));
        }

        if (uitkomst == BesluitUitkomst.Opgelegd
            && doelgroep == Doelgroep.Asielstatushouder
            && !feiten.Any(f => f.Soort == HandhavingFeitSoort.UitzonderlijkGeval))
        {
            errors.Add(new FieldError(HandhavingFields.Uitkomst.Key, new LocalizedText(
                "Een asielstatushouder krijgt alleen in een uitzonderlijk geval een boete. Leg eerst vast waarom dit geval uitzonderlijk is.",
                "An asylum permit holder is fined only in an exceptional case. First record why this case is exceptional.")));
        }

        errors.AddRange(BedragErrors(maatregel, uitkomst, bedrag));

        if (uitkomst == BesluitUitkomst.Afgezien && string.IsNullOrWhiteSpace(reden))
        {
            errors.Add(new FieldError(HandhavingFields.Reden.Key, new LocalizedText(
                "Vul in waarom de gemeente afziet van de boete.",
                "Enter why the municipality decided against the fine.")));
        }

        if (besluitdatum > vandaag)
        {
            errors.Add(new FieldError(HandhavingFields.Besluitdatum.Key, new LocalizedText(
                $"De besluitdatum mag niet na vandaag ({Datum.Nl(vandaag)}) liggen.",
                $"The decision date cannot be after today ({Datum.En(vandaag)}).")));
        }

        return errors;
    }

    private static bool HeeftFeit(Maatregel maatregel, IReadOnlyCollection<HandhavingFeit> feiten) => maatregel switch
    {
        Maatregel.BoeteBredeIntake => feiten.Any(f => f.Soort == HandhavingFeitSoort.NietDeelgenomenBredeIntake),
        _ => feiten.Any(f => f.Soort == HandhavingFeitSoort.PipVerwijtbaarNietNagekomen && f.Verplichting != PipVerplichting.ParticipatiewetOnderdeel),
    };

    private static IEnumerable<FieldError> BedragErrors(Maatregel maatregel, BesluitUitkomst uitkomst, decimal? bedrag)
    {
        if (uitkomst == BesluitUitkomst.Afgezien)
        {
            if (bedrag is not null)
            {
                yield return new FieldError(HandhavingFields.Bedrag.Key, new LocalizedText(
                    "Laat het bedrag leeg als de gemeente afziet van de boete.",
                    "Leave the amount empty when the municipality decides against the fine."));
            }

            yield break;
        }

        if (maatregel == Maatregel.BoeteBredeIntake && bedrag != MaatregelAdvies.BoeteBredeIntake)
        {
            yield return new FieldError(HandhavingFields.Bedrag.Key, new LocalizedText(
                "De boete voor niet deelnemen aan de brede intake is altijd € 250 (artikel 22 Wet inburgering 2021). Vul 250 in.",
                "The fine for not taking part in the broad intake is always €250 (article 22 Civic Integration Act 2021). Enter 250."));
        }

        if (maatregel == Maatregel.BoetePip && (bedrag is null || bedrag <= 0 || bedrag > MaatregelAdvies.MaximumBoetePip))
        {
            yield return new FieldError(HandhavingFields.Bedrag.Key, new LocalizedText(
                "Vul een bedrag in van meer dan € 0 en ten hoogste € 800 (artikel 23 Wet inburgering 2021).",
                "Enter an amount of more than €0 and at most €800 (article 23 Civic Integration Act 2021)."));
        }
    }
}
