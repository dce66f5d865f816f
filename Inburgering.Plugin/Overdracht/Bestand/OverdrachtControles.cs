using Host.Abstractions;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Termijn;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;
using static Inburgering.Plugin.Overdracht.Bestand.OverdrachtFoutmeldingen;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// The checks of a package's content that a JSON Schema cannot make: the BSN's elfproef, codes that exist in this
/// plugin's enumerations, dates in order, and gemeentecodes. Returns every problem, each with its path.
/// </summary>
internal static class OverdrachtControles
{
    /// <summary>The kinds of open agreements a package may name.</summary>
    public static readonly IReadOnlyList<string> AfspraakSoorten = ["aanmelding", "ontzorgen", "maatschappelijke-begeleiding"];

    public static List<OverdrachtFout> Controleer(OverdrachtPakket pakket)
    {
        ArgumentNullException.ThrowIfNull(pakket);

        var fouten = new List<OverdrachtFout>();
        ControleerGemeenten(pakket, fouten);
        ControleerInburgeraar(pakket.Inburgeraar, fouten);
        ControleerIntake(pakket.Intake, fouten);
        ControleerPip(pakket, fouten);
        ControleerVoortgang(pakket, fouten);
        return fouten;
    }

    private static void ControleerGemeenten(OverdrachtPakket pakket, List<OverdrachtFout> fouten)
    {
        if (!GemeenteCode.TryParse(pakket.OntvangerGemeente, out _))
        {
            fouten.Add(Fout("$.ontvangerGemeente",
                $"De ontvangende gemeente '{pakket.OntvangerGemeente}' is geen gemeentecode van vier cijfers, zoals 0518.",
                $"The receiving gemeente '{pakket.OntvangerGemeente}' is not a four-digit gemeentecode such as 0518."));
        }

        if (!GemeenteCode.TryParse(pakket.Afzender.Gemeente, out _))
        {
            fouten.Add(Fout("$.afzender.gemeente",
                $"De verzendende gemeente '{pakket.Afzender.Gemeente}' is geen gemeentecode van vier cijfers, zoals 0599.",
                $"The sending gemeente '{pakket.Afzender.Gemeente}' is not a four-digit gemeentecode such as 0599."));
        }
        else if (pakket.Afzender.Gemeente == pakket.OntvangerGemeente)
        {
            fouten.Add(Fout("$.ontvangerGemeente",
                "De ontvangende gemeente is dezelfde als de verzendende gemeente; een overdracht gaat naar een andere gemeente.",
                "The receiving gemeente is the same as the sending gemeente; a handover goes to another gemeente."));
        }
    }

    private static void ControleerInburgeraar(OverdrachtInburgeraar inburgeraar, List<OverdrachtFout> fouten)
    {
        Code<Doelgroep>(inburgeraar.Doelgroep, "$.inburgeraar.doelgroep", fouten);
        Code<WetRegime>(inburgeraar.WetRegime, "$.inburgeraar.wetRegime", fouten);

        if (inburgeraar.Bsn is null && inburgeraar.VNummer is null)
        {
            fouten.Add(Fout("$.inburgeraar",
                "Het pakket noemt geen BSN en geen V-nummer; de ontvanger kan de persoon dan niet vinden. Vraag de afzender een pakket met een van beide.",
                "The package names no BSN and no V-nummer, so the receiver cannot find the person. Ask the sender for a package with one of them."));
        }

        if (inburgeraar.Bsn is { } bsn && (!Bsn.TryParse(bsn, out var geldig, out _) || geldig.Value != bsn))
        {
            fouten.Add(Fout("$.inburgeraar.bsn",
                "Het BSN voldoet niet aan de elfproef; het is verkeerd overgenomen. Vraag de afzender het BSN te controleren.",
                "The BSN fails the elfproef, so it was copied wrongly. Ask the sender to check the BSN."));
        }
    }

    private static void ControleerIntake(OverdrachtIntake? intake, List<OverdrachtFout> fouten)
    {
        if (intake is null)
        {
            return;
        }

        Code<Zelfredzaamheid>(intake.Zelfredzaamheid, "$.intake.zelfredzaamheid", fouten);
        Code<NiveauNederlands>(intake.NiveauNederlands, "$.intake.niveauNederlands", fouten);
        Code<LeerbaarheidstoetsAfname>(intake.LeerbaarheidstoetsAfname, "$.intake.leerbaarheidstoetsAfname", fouten);
        Code<DigitaleVaardigheid>(intake.DigitaleVaardigheden, "$.intake.digitaleVaardigheden", fouten);
        Code<Leerroute>(intake.GekozenLeerroute, "$.intake.gekozenLeerroute", fouten);
    }

    private static void ControleerPip(OverdrachtPakket pakket, List<OverdrachtFout> fouten)
    {
        Code<Leerroute>(pakket.Leerroute, "$.leerroute", fouten);

        for (var i = 0; i < pakket.PipVersies.Count; i++)
        {
            var versie = pakket.PipVersies[i];
            var pad = Pad("$.pipVersies", i);
            Code<PipSoort>(versie.Soort, Pad(pad, "soort"), fouten);
            Code<Leerroute>(versie.Leerroute, Pad(pad, "leerroute"), fouten);
            Code<PipNiveau>(versie.Niveau, Pad(pad, "niveau"), fouten);

            if (i > 0 && versie.Dagtekening < pakket.PipVersies[i - 1].Dagtekening)
            {
                fouten.Add(Fout(Pad(pad, "dagtekening"),
                    $"De dagtekening {versie.Dagtekening:yyyy-MM-dd} ligt vóór die van de vorige PIP-versie; de versies staan van oud naar nieuw.",
                    $"The dagtekening {versie.Dagtekening:yyyy-MM-dd} is before that of the previous PIP version; versions go from oldest to newest."));
            }
        }

        if (pakket.PipVersies.Count > 0 && pakket.DagtekeningEerstePip is null)
        {
            fouten.Add(Fout("$.dagtekeningEerstePip",
                "Het pakket heeft PIP-versies maar geen dagtekening van de eerste PIP; zonder die datum is de termijn onbekend.",
                "The package has PIP versions but no dagtekening of the first PIP; without it the termijn is unknown."));
        }

        if (pakket.DagtekeningEerstePip is { } eerste && pakket.PipVersies.Count > 0 && pakket.PipVersies[0].Dagtekening < eerste)
        {
            fouten.Add(Fout("$.dagtekeningEerstePip",
                "De dagtekening van de eerste PIP ligt na die van de oudste PIP-versie in het pakket; controleer de datums.",
                "The dagtekening of the first PIP is after that of the oldest PIP version in the package; check the dates."));
        }

        for (var i = 0; i < pakket.Verlengingen.Count; i++)
        {
            var verlenging = pakket.Verlengingen[i];
            var pad = Pad("$.verlengingen", i);
            Code<VerlengingsGrond>(verlenging.Grond, Pad(pad, "grond"), fouten);
            Code<VerlengingBeslisser>(verlenging.Besluitnemer, Pad(pad, "besluitnemer"), fouten);

            if (pakket.DagtekeningEerstePip is { } start && verlenging.NieuweLaatsteDag <= start)
            {
                fouten.Add(Fout(Pad(pad, "nieuweLaatsteDag"),
                    "De nieuwe laatste dag van de termijn ligt niet na de dagtekening van de eerste PIP; controleer de datum.",
                    "The termijn's new last day is not after the dagtekening of the first PIP; check the date."));
            }
        }
    }

    private static void ControleerVoortgang(OverdrachtPakket pakket, List<OverdrachtFout> fouten)
    {
        for (var i = 0; i < pakket.Uren.Count; i++)
        {
            var uren = pakket.Uren[i];
            var pad = Pad("$.uren", i);
            Code<UrenSoort>(uren.Soort, Pad(pad, "soort"), fouten);
            DatumsOpVolgorde(uren.PeriodeVan, uren.PeriodeTot, Pad(pad, "periodeTot"), fouten);
        }

        Code<OnderdeelResultaat>(pakket.Pvt?.Resultaat, "$.pvt.resultaat", fouten);
        Code<OnderdeelResultaat>(pakket.Map?.Resultaat, "$.map.resultaat", fouten);
        Code<KnmStatus>(pakket.Knm?.Status, "$.knm.status", fouten);
        Code<ExamenUitkomst>(pakket.Knm?.Examenresultaat, "$.knm.examenresultaat", fouten);

        for (var i = 0; i < pakket.Examens.Count; i++)
        {
            var examen = pakket.Examens[i];
            var pad = Pad("$.examens", i);
            Code<Examenonderdeel>(examen.Onderdeel, Pad(pad, "onderdeel"), fouten);
            Code<Taalniveau>(examen.Niveau, Pad(pad, "niveau"), fouten);
            Code<ExamenUitkomst>(examen.Resultaat, Pad(pad, "resultaat"), fouten);
        }

        for (var i = 0; i < pakket.OpenAfspraken.Count; i++)
        {
            var afspraak = pakket.OpenAfspraken[i];
            var pad = Pad("$.openAfspraken", i);
            if (!AfspraakSoorten.Contains(afspraak.Soort, StringComparer.Ordinal))
            {
                fouten.Add(Fout(Pad(pad, "soort"),
                    $"De soort afspraak '{afspraak.Soort}' bestaat niet; gebruik {string.Join(", ", AfspraakSoorten)}.",
                    $"The kind of agreement '{afspraak.Soort}' does not exist; use {string.Join(", ", AfspraakSoorten)}."));
            }

            if (afspraak.Tot is { } tot)
            {
                DatumsOpVolgorde(afspraak.Van, tot, Pad(pad, "tot"), fouten);
            }
        }
    }

    private static void DatumsOpVolgorde(DateOnly van, DateOnly tot, string pad, List<OverdrachtFout> fouten)
    {
        if (tot < van)
        {
            fouten.Add(Fout(pad,
                $"De einddatum {tot:yyyy-MM-dd} ligt vóór de begindatum {van:yyyy-MM-dd}; controleer beide datums.",
                $"The end date {tot:yyyy-MM-dd} is before the start date {van:yyyy-MM-dd}; check both dates."));
        }
    }

    /// <summary>Adds a problem when <paramref name="code"/> is not exactly the name of a member of <typeparamref name="T"/>.</summary>
    private static void Code<T>(string? code, string pad, List<OverdrachtFout> fouten)
        where T : struct, Enum
    {
        if (code is null || Enum.GetNames<T>().Contains(code, StringComparer.Ordinal))
        {
            return;
        }

        var toegestaan = string.Join(", ", Enum.GetNames<T>());
        fouten.Add(Fout(pad,
            $"De code '{code}' bestaat niet; gebruik een van: {toegestaan}.",
            $"The code '{code}' does not exist; use one of: {toegestaan}."));
    }
}
