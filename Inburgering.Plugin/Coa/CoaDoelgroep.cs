using Host.Abstractions;
using Inburgering.Plugin.Dossiers;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// The rule that COA information exists only for asielstatushouders: the COA links only asylum permit holders, nareizigers
/// included, to a gemeente. Gezinsmigranten and overige migranten come to the gemeente without the COA.
/// </summary>
internal static class CoaDoelgroep
{
    public static bool GeldtVoor(Doelgroep doelgroep) => doelgroep == Doelgroep.Asielstatushouder;

    /// <summary>Returns the explanation for a dossier of <paramref name="doelgroep"/>, which names the dossier's doelgroep.</summary>
    public static LocalizedText Weigering(Doelgroep doelgroep)
    {
        var label = DossierFields.Doelgroep.ChoiceLabel(doelgroep.ToString()) ?? new LocalizedText(doelgroep.ToString(), doelgroep.ToString());
        return new LocalizedText(
            $"Informatie van het COA geldt alleen voor asielstatushouders. Deze inburgeraar hoort bij de doelgroep {label.Nl.ToLowerInvariant()}; er is niets vastgelegd.",
            $"COA information applies only to asylum permit holders. This person belongs to the target group {label.En.ToLowerInvariant()}; nothing was recorded.");
    }
}
