using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>What an employee must register in the DUO portal for one item, as one line of text.</summary>
internal static class DuoRegistratieOmschrijving
{
    /// <summary>Returns the line, for example "PVT ondertekend op 03-12-2026" or "PIP vastgesteld: B1-route, niveau B1, dagtekening 01-12-2026".</summary>
    public static LocalizedText Van(DuoRegistratie registratie)
    {
        ArgumentNullException.ThrowIfNull(registratie);

        var datum = registratie.Datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        return registratie.Soort switch
        {
            DuoRegistratieSoort.PvtOndertekend => new LocalizedText(
                $"PVT ondertekend op {datum}",
                $"PVT signed on {datum}"),
            DuoRegistratieSoort.MapResultaat => new LocalizedText(
                $"MAP {Resultaat(registratie.Resultaat).Nl}, eindgesprek op {datum}",
                $"MAP {Resultaat(registratie.Resultaat).En}, final interview on {datum}"),
            DuoRegistratieSoort.PipVastgesteld => Pip(registratie, new LocalizedText("PIP vastgesteld", "PIP adopted"), datum),
            DuoRegistratieSoort.LeerrouteGewijzigd => Pip(registratie, Wijziging(registratie.PipSoort), datum),
            _ => throw new InvalidOperationException($"DUO registration {registratie.Id} has an unknown kind {registratie.Soort}."),
        };
    }

    private static LocalizedText Pip(DuoRegistratie registratie, LocalizedText wat, string datum)
    {
        var route = registratie.Leerroute is { } leerroute ? LeerrouteNames.Name(leerroute) : new LocalizedText("leerroute onbekend", "learning route unknown");
        var niveau = registratie.Niveau?.ToString() ?? "?";
        return new LocalizedText(
            $"{wat.Nl}: {route.Nl}, niveau {niveau}, dagtekening {datum} (PIP-versie {registratie.PipVersienummer})",
            $"{wat.En}: {route.En}, level {niveau}, dated {datum} (PIP version {registratie.PipVersienummer})");
    }

    private static LocalizedText Wijziging(PipSoort? soort) => soort switch
    {
        PipSoort.Schakelen => new LocalizedText("Leerroute gewijzigd door schakelen", "Learning route changed by switching"),
        PipSoort.Afschalen => new LocalizedText("Leerroute gewijzigd door afschalen", "Learning route changed by downscaling"),
        PipSoort.Verhuizing => new LocalizedText("Nieuw PIP na verhuizing, leerroute behouden", "New PIP after a move, learning route kept"),
        _ => new LocalizedText("Leerroute gewijzigd", "Learning route changed"),
    };

    private static LocalizedText Resultaat(OnderdeelResultaat? resultaat) => resultaat switch
    {
        OnderdeelResultaat.Voldaan => new LocalizedText("voldaan", "met"),
        OnderdeelResultaat.NietVoldaan => new LocalizedText("niet voldaan", "not met"),
        _ => new LocalizedText("zonder resultaat", "without a result"),
    };
}
