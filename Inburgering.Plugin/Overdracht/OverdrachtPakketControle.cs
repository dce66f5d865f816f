using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Termijn;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Checks a package before a gemeente takes it over: the format and major version, the addressee, the identity of
/// the person and every code. Returns every problem with its JSON path, so one round of fixes is enough.
/// </summary>
internal static class OverdrachtPakketControle
{
    /// <summary>Returns the problems of <paramref name="pakket"/> for receiving gemeente <paramref name="ontvanger"/>; empty when it can be taken over.</summary>
    public static IReadOnlyList<OverdrachtFout> Controleer(OverdrachtPakket pakket, GemeenteCode ontvanger)
    {
        ArgumentNullException.ThrowIfNull(pakket);

        var fouten = new List<OverdrachtFout>();
        ControleerKop(pakket, ontvanger, fouten);
        ControleerInburgeraar(pakket.Inburgeraar, fouten);
        ControleerIntake(pakket.Intake, fouten);
        ControleerPip(pakket, fouten);
        ControleerOnderdelen(pakket, fouten);
        return fouten;
    }

    private static void ControleerKop(OverdrachtPakket pakket, GemeenteCode ontvanger, List<OverdrachtFout> fouten)
    {
        if (pakket.Formaat != OverdrachtPakket.FormaatNaam)
        {
            fouten.Add(Fout("$.formaat",
                $"Het formaat '{pakket.Formaat}' is onbekend; verwacht is '{OverdrachtPakket.FormaatNaam}'.",
                $"The format '{pakket.Formaat}' is unknown; expected '{OverdrachtPakket.FormaatNaam}'."));
        }

        if (pakket.Versie.Split('.')[0] != OverdrachtPakket.HuidigeVersie.Split('.')[0])
        {
            fouten.Add(Fout("$.versie",
                $"Versie {pakket.Versie} van het formaat wordt niet ondersteund; deze gemeente leest versie {OverdrachtPakket.HuidigeVersie} en andere 1.x-versies. Vraag de afzender om een pakket in versie 1.",
                $"Version {pakket.Versie} of the format is not supported; this municipality reads version {OverdrachtPakket.HuidigeVersie} and other 1.x versions. Ask the sender for a package in version 1."));
        }

        if (pakket.OntvangerGemeente != ontvanger.Value)
        {
            fouten.Add(Fout("$.ontvangerGemeente",
                $"Het pakket is bestemd voor gemeente {pakket.OntvangerGemeente}, niet voor deze gemeente ({ontvanger.Value}). Stuur het door naar de juiste gemeente.",
                $"The package is addressed to municipality {pakket.OntvangerGemeente}, not to this municipality ({ontvanger.Value}). Forward it to the right municipality."));
        }

        if (pakket.Afzender.Gemeente == ontvanger.Value)
        {
            fouten.Add(Fout("$.afzender.gemeente",
                "Het pakket komt van deze gemeente zelf; een overdracht gaat altijd naar een andere gemeente.",
                "The package comes from this municipality itself; a handover always goes to another municipality."));
        }
    }

    private static void ControleerInburgeraar(OverdrachtInburgeraar inburgeraar, List<OverdrachtFout> fouten)
    {
        Code<Doelgroep>(inburgeraar.Doelgroep, "$.inburgeraar.doelgroep", fouten);
        Code<WetRegime>(inburgeraar.WetRegime, "$.inburgeraar.wetRegime", fouten);

        if (inburgeraar.Bsn is null && inburgeraar.VNummer is null)
        {
            fouten.Add(Fout("$.inburgeraar",
                "Het pakket noemt geen BSN en geen V-nummer, dus de inburgeraar is niet te herkennen. Vraag de afzender om een pakket met een van beide.",
                "The package names neither a BSN nor a V-nummer, so the person cannot be identified. Ask the sender for a package with one of them."));
        }

        if (inburgeraar.Bsn is { } bsn && !Bsn.TryParse(bsn, out _, out _))
        {
            fouten.Add(Fout("$.inburgeraar.bsn",
                "Het BSN in het pakket is ongeldig: het moet negen cijfers hebben en de elfproef doorstaan.",
                "The BSN in the package is invalid: it must have nine digits and pass the eleven test."));
        }

        if (inburgeraar.VNummer is { } vnummer && !VNummer.TryParse(vnummer, out _, out _))
        {
            fouten.Add(Fout("$.inburgeraar.vNummer",
                "Het V-nummer in het pakket is ongeldig: het moet tien cijfers hebben.",
                "The V-nummer in the package is invalid: it must have ten digits."));
        }
    }

    private static void ControleerIntake(OverdrachtIntake? intake, List<OverdrachtFout> fouten)
    {
        if (intake is null)
        {
            return;
        }

        Code<Zelfredzaamheid>(intake.Zelfredzaamheid, "$.intake.zelfredzaamheid", fouten, optional: true);
        Code<NiveauNederlands>(intake.NiveauNederlands, "$.intake.niveauNederlands", fouten, optional: true);
        Code<LeerbaarheidstoetsAfname>(intake.LeerbaarheidstoetsAfname, "$.intake.leerbaarheidstoetsAfname", fouten, optional: true);
        Code<DigitaleVaardigheid>(intake.DigitaleVaardigheden, "$.intake.digitaleVaardigheden", fouten, optional: true);
        Code<Leerroute>(intake.GekozenLeerroute, "$.intake.gekozenLeerroute", fouten, optional: true);
    }

    private static void ControleerPip(OverdrachtPakket pakket, List<OverdrachtFout> fouten)
    {
        for (var i = 0; i < pakket.PipVersies.Count; i++)
        {
            var versie = pakket.PipVersies[i];
            Code<PipSoort>(versie.Soort, $"$.pipVersies[{i}].soort", fouten);
            Code<Leerroute>(versie.Leerroute, $"$.pipVersies[{i}].leerroute", fouten);
            Code<PipNiveau>(versie.Niveau, $"$.pipVersies[{i}].niveau", fouten);
        }

        Code<Leerroute>(pakket.Leerroute, "$.leerroute", fouten, optional: true);

        if (pakket.PipVersies.Count > 0 && pakket.DagtekeningEerstePip is null)
        {
            fouten.Add(Fout("$.dagtekeningEerstePip",
                "Het pakket heeft vastgestelde PIP-versies maar geen dagtekening van het eerste PIP, dus de inburgeringstermijn is niet te bepalen. Vraag de afzender om die datum.",
                "The package has adopted PIP versions but no date of the first PIP, so the integration term cannot be determined. Ask the sender for that date."));
        }

        if (pakket.PipVersies.Count > 0 && pakket.Leerroute != pakket.PipVersies[^1].Leerroute)
        {
            fouten.Add(Fout("$.leerroute",
                $"De leerroute van het pakket ({pakket.Leerroute ?? "geen"}) is niet die van de laatste PIP-versie ({pakket.PipVersies[^1].Leerroute}).",
                $"The package's learning route ({pakket.Leerroute ?? "none"}) is not that of the last PIP version ({pakket.PipVersies[^1].Leerroute})."));
        }
    }

    private static void ControleerOnderdelen(OverdrachtPakket pakket, List<OverdrachtFout> fouten)
    {
        for (var i = 0; i < pakket.Verlengingen.Count; i++)
        {
            Code<VerlengingsGrond>(pakket.Verlengingen[i].Grond, $"$.verlengingen[{i}].grond", fouten);
            Code<VerlengingBeslisser>(pakket.Verlengingen[i].Besluitnemer, $"$.verlengingen[{i}].besluitnemer", fouten, optional: true);
        }

        for (var i = 0; i < pakket.Uren.Count; i++)
        {
            Code<UrenSoort>(pakket.Uren[i].Soort, $"$.uren[{i}].soort", fouten);
            if (pakket.Uren[i].Uren < 0 || pakket.Uren[i].PeriodeTot < pakket.Uren[i].PeriodeVan)
            {
                fouten.Add(Fout($"$.uren[{i}]",
                    "Deze urenregel heeft negatieve uren of een periode die eindigt vóór het begin.",
                    "This row of hours has negative hours or a period that ends before it starts."));
            }
        }

        Code<OnderdeelResultaat>(pakket.Pvt?.Resultaat, "$.pvt.resultaat", fouten, optional: true);
        Code<OnderdeelResultaat>(pakket.Map?.Resultaat, "$.map.resultaat", fouten, optional: true);
        if (pakket.Knm is { } knm)
        {
            Code<KnmStatus>(knm.Status, "$.knm.status", fouten);
            Code<ExamenUitkomst>(knm.Examenresultaat, "$.knm.examenresultaat", fouten, optional: true);
        }

        for (var i = 0; i < pakket.Examens.Count; i++)
        {
            Code<Examenonderdeel>(pakket.Examens[i].Onderdeel, $"$.examens[{i}].onderdeel", fouten);
            Code<Taalniveau>(pakket.Examens[i].Niveau, $"$.examens[{i}].niveau", fouten);
            Code<ExamenUitkomst>(pakket.Examens[i].Resultaat, $"$.examens[{i}].resultaat", fouten);
        }
    }

    /// <summary>Returns whether <paramref name="code"/> names a member of <typeparamref name="T"/>, by its exact name.</summary>
    public static bool IsCode<T>(string? code)
        where T : struct, Enum =>
        code is not null && Enum.GetNames<T>().Contains(code, StringComparer.Ordinal);

    private static void Code<T>(string? code, string pad, List<OverdrachtFout> fouten, bool optional = false)
        where T : struct, Enum
    {
        if (code is null && optional)
        {
            return;
        }

        if (IsCode<T>(code))
        {
            return;
        }

        var toegestaan = string.Join(", ", Enum.GetNames<T>());
        fouten.Add(Fout(pad,
            string.Create(CultureInfo.InvariantCulture, $"De code '{code ?? "(leeg)"}' is ongeldig; gebruik een van: {toegestaan}."),
            string.Create(CultureInfo.InvariantCulture, $"The code '{code ?? "(empty)"}' is invalid; use one of: {toegestaan}.")));
    }

    private static OverdrachtFout Fout(string pad, string nl, string en) => new(pad, new LocalizedText(nl, en));
}
