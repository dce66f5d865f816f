using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// When a brede intake can be completed. Every part must be filled in, and health counts as filled in when it is
/// recorded as not discussed, with the reason. The leerbaarheidstoets must be taken or exempted. A leerroute must be
/// chosen, with an afwijkingsreden when it differs from the advice of the test or the test gave none.
/// </summary>
internal static class Afronding
{
    /// <summary>Returns what is missing before <paramref name="intake"/> can be completed, one message each; empty when nothing is.</summary>
    public static IReadOnlyList<LocalizedText> Ontbrekend(BredeIntake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);

        var ontbrekend = IntakeOnderdelen.All
            .Where(onderdeel => !onderdeel.IsIngevuld(intake))
            .Select(onderdeel => new LocalizedText(
                $"Het onderdeel {onderdeel.Naam.Nl} is nog niet ingevuld.",
                $"The part {onderdeel.Naam.En} is not filled in yet."))
            .ToList();

        if (intake.GekozenLeerroute is not { } gekozen)
        {
            ontbrekend.Add(new LocalizedText(
                "Er is nog geen leerroute gekozen. Kies de leerroute voor het PIP.",
                "No learning route has been chosen yet. Choose the learning route for the PIP."));
        }
        else if (RouteAdvies.AfwijkingsredenNodig(RouteAdvies.Voor(intake.Toetsuitslag), gekozen) && intake.Afwijkingsreden is null)
        {
            ontbrekend.Add(new LocalizedText(
                $"De gekozen leerroute ({LeerrouteNames.Name(gekozen).Nl}) wijkt af van het advies uit de leerbaarheidstoets, of er is geen advies. Vul de afwijkingsreden in bij de leerroute.",
                $"The chosen learning route ({LeerrouteNames.Name(gekozen).En}) differs from the advice of the learnability test, or there is no advice. Enter the reason for the deviation with the learning route."));
        }

        return ontbrekend;
    }
}
