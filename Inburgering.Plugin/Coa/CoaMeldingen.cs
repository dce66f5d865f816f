using Host.Abstractions;

namespace Inburgering.Plugin.Coa;

/// <summary>Messages that the COA screen, the action and the import share.</summary>
internal static class CoaMeldingen
{
    public static LocalizedText DossierAfgesloten { get; } = new(
        "Dit dossier is afgesloten; de informatie van het COA kan niet meer worden gewijzigd.",
        "This dossier is closed; the COA's information can no longer be changed.");
}
