using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Termijn;
using static Inburgering.Plugin.Pip.PipTermijn;

namespace Inburgering.Plugin.Pip;

/// <summary>
/// The rules for revising a vastgesteld PIP: schakelen, afschalen and verhuizing. Each method returns why the revision
/// is not allowed, naming the rule and the dates or numbers, or <see langword="null"/> when it is allowed.
/// </summary>
internal static class PipWijzigingRegels
{
    /// <summary>The NT2 hours at a keurmerk school, at least half in person, that afschalen needs.</summary>
    public const decimal AfschalenMinimumUren = 600m;

    /// <summary>
    /// Checks a change of leerroute from <paramref name="huidige"/> to <paramref name="nieuwe"/> on <paramref name="op"/>:
    /// allowed up to the last schakeldag, 18 months after the termijn started, and any time when leaving the onderwijsroute.
    /// </summary>
    public static LocalizedText? Schakelen(Leerroute huidige, Leerroute nieuwe, Inburgeringstermijn termijn, DateOnly op)
    {
        ArgumentNullException.ThrowIfNull(termijn);

        if (nieuwe == huidige)
        {
            return new LocalizedText(
                $"Het PIP heeft al de {LeerrouteNames.Name(huidige).Nl}. Kies bij schakelen een andere leerroute.",
                $"The PIP already has the {LeerrouteNames.Name(huidige).En}. Choose another learning route when switching.");
        }

        if (huidige == Leerroute.Onderwijsroute)
        {
            return null;
        }

        if (op > termijn.LaatsteSchakeldag)
        {
            return new LocalizedText(
                $"Schakelen naar een andere leerroute kan alleen in de eerste 18 maanden van de inburgeringstermijn, tot en met {Nl(termijn.LaatsteSchakeldag)} (de termijn begon op {Nl(termijn.Start)}). Op {Nl(op)} kan dat niet meer; alleen het verlaten van de onderwijsroute kan altijd.",
                $"Switching to another learning route is only possible in the first 18 months of the integration term, up to and including {En(termijn.LaatsteSchakeldag)} (the term started on {En(termijn.Start)}). On {En(op)} that is no longer possible; only leaving the education route is always possible.");
        }

        return null;
    }

    /// <summary>
    /// Checks afschalen from B1 to A2: only in the B1-route at level B1, after <see cref="AfschalenMinimumUren"/> NT2 hours
    /// at a keurmerk school of which at least half in person, and when the consulent recorded the effort shown.
    /// </summary>
    public static LocalizedText? Afschalen(PipInhoud huidige, decimal nt2UrenVoorAfschalen, bool inzetAangetoond, string? inzetToelichting)
    {
        ArgumentNullException.ThrowIfNull(huidige);

        if (huidige.Leerroute != Leerroute.B1Route)
        {
            return new LocalizedText(
                $"Afschalen van B1 naar A2 kan alleen in de B1-route; dit PIP heeft de {LeerrouteNames.Name(huidige.Leerroute).Nl}.",
                $"Scaling down from B1 to A2 is only possible in the B1 route; this PIP has the {LeerrouteNames.Name(huidige.Leerroute).En}.");
        }

        if (huidige.Niveau != PipNiveau.B1)
        {
            return new LocalizedText(
                "Het PIP is al afgeschaald naar A2.",
                "The PIP was already scaled down to A2.");
        }

        if (nt2UrenVoorAfschalen < AfschalenMinimumUren)
        {
            return new LocalizedText(
                $"Afschalen kan pas na ten minste 600 uur NT2-les bij een school met keurmerk, waarvan ten minste de helft fysiek. Nu tellen {nt2UrenVoorAfschalen:0.##} uur mee; er ontbreken nog {AfschalenMinimumUren - nt2UrenVoorAfschalen:0.##} uur.",
                $"Scaling down is only possible after at least 600 hours of NT2 lessons at a school with a quality mark, at least half of them in person. Now {nt2UrenVoorAfschalen:0.##} hours count; {AfschalenMinimumUren - nt2UrenVoorAfschalen:0.##} hours are still missing.");
        }

        if (!inzetAangetoond || string.IsNullOrWhiteSpace(inzetToelichting))
        {
            return new LocalizedText(
                "Afschalen kan alleen als de inburgeraar voldoende inzet heeft getoond. Vink 'Inzet aangetoond' aan en beschrijf waaruit die inzet blijkt.",
                "Scaling down is only possible when the person showed enough effort. Tick 'Effort shown' and describe how the effort was shown.");
        }

        return null;
    }

    /// <summary>Checks that a new PIP after a verhuizing keeps the leerroute of the previous one.</summary>
    public static LocalizedText? Verhuizing(Leerroute vorige, Leerroute nieuwe)
    {
        if (nieuwe != vorige)
        {
            return new LocalizedText(
                $"Na een verhuizing blijft de leerroute van het vorige PIP gelden ({LeerrouteNames.Name(vorige).Nl}). Kies die leerroute; een andere leerroute kan alleen via schakelen.",
                $"After a move the learning route of the previous PIP still applies ({LeerrouteNames.Name(vorige).En}). Choose that route; another route is only possible by switching.");
        }

        return null;
    }

    /// <summary>
    /// Checks the leerroute and level of a concept of <paramref name="soort"/> against the last vastgesteld version
    /// <paramref name="vorige"/>, or against the first-PIP rules when there is none. Returns the field key and the error.
    /// </summary>
    public static (string FieldKey, LocalizedText Error)? Concept(PipSoort soort, PipInhoud concept, PipInhoud? vorige)
    {
        ArgumentNullException.ThrowIfNull(concept);

        if (vorige is not null && soort != PipSoort.Schakelen && concept.Leerroute != vorige.Leerroute)
        {
            var error = soort == PipSoort.Verhuizing
                ? Verhuizing(vorige.Leerroute, concept.Leerroute)!
                : new LocalizedText(
                    $"Een andere leerroute dan de {LeerrouteNames.Name(vorige.Leerroute).Nl} kan alleen via schakelen. Kies de {LeerrouteNames.Name(vorige.Leerroute).Nl} of gebruik 'Schakelen'.",
                    $"A learning route other than the {LeerrouteNames.Name(vorige.Leerroute).En} is only possible by switching. Choose the {LeerrouteNames.Name(vorige.Leerroute).En} or use 'Switch'.");
            return (PipFields.Leerroute.Key, error);
        }

        var vorigNiveau = vorige is not null && vorige.Leerroute == concept.Leerroute ? vorige.Niveau : (PipNiveau?)null;
        var niveauError = Niveau(soort, concept, vorigNiveau);
        return niveauError is null ? null : (PipFields.Niveau.Key, niveauError);
    }

    /// <summary>
    /// Checks the level. The onderwijsroute aims at B1, and the B1-route at B1 or, after afschalen, A2. The Z-route works
    /// towards A1, or towards A2 when the person chose the A2 exams.
    /// </summary>
    private static LocalizedText? Niveau(PipSoort soort, PipInhoud concept, PipNiveau? vorigNiveau)
    {
        switch (concept.Leerroute)
        {
            case Leerroute.ZRoute when concept.Niveau == PipNiveau.B1:
                return new LocalizedText(
                    "De Z-route werkt toe naar A1, of naar A2 als de inburgeraar voor de A2-examens kiest. Kies niveau A1 of A2.",
                    "The Z route works towards A1, or towards A2 when the person chooses the A2 exams. Choose level A1 or A2.");
            case Leerroute.Onderwijsroute when concept.Niveau != PipNiveau.B1:
                return new LocalizedText(
                    "De onderwijsroute leidt naar B1 of hoger. Kies niveau B1.",
                    "The education route leads to B1 or higher. Choose level B1.");
            case Leerroute.B1Route when soort == PipSoort.Afschalen && concept.Niveau != PipNiveau.A2:
                return new LocalizedText(
                    "Bij afschalen wordt het niveau A2. Kies niveau A2.",
                    "Scaling down sets the level to A2. Choose level A2.");
            case Leerroute.B1Route when concept.Niveau == PipNiveau.A1:
            case Leerroute.B1Route when concept.Niveau == PipNiveau.A2 && soort != PipSoort.Afschalen && vorigNiveau != PipNiveau.A2:
                return new LocalizedText(
                    "De B1-route heeft niveau B1; A2 kan alleen na afschalen. Kies niveau B1, of gebruik 'Afschalen'.",
                    "The B1 route has level B1; A2 is only possible after scaling down. Choose level B1, or use 'Scale down'.");
            default:
                return null;
        }
    }
}
