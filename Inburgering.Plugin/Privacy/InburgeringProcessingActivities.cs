using Host.Abstractions;

namespace Inburgering.Plugin.Privacy;

/// <summary>The processing activities (verwerkingsactiviteiten) the plugin records in the host's processing log.</summary>
internal sealed class InburgeringProcessingActivities : IProcessingActivityProvider
{
    public const string Registratie = "inburgering.registratie";

    public const string Dossierbeheer = "inburgering.dossierbeheer";

    private const string LegalBasis = "Wet inburgering 2021";

    public IReadOnlyList<ProcessingActivity> Activities { get; } =
    [
        new ProcessingActivity(
            Registratie,
            new LocalizedText("Registratie inburgeraar", "Registration of an integration client"),
            new LocalizedText(
                "De gemeente registreert een inburgeringsplichtige die DUO of het COA aan de gemeente heeft gekoppeld, met de persoonsgegevens uit de BRP, om de inburgering te kunnen begeleiden.",
                "The municipality registers a person obliged to integrate whom DUO or the COA linked to the municipality, with the personal data from the BRP, so it can guide the civic integration."),
            LegalBasis),
        new ProcessingActivity(
            Dossierbeheer,
            new LocalizedText("Beheer inburgeringsdossier", "Management of the integration dossier"),
            new LocalizedText(
                "Medewerkers van de gemeente zoeken en bekijken het inburgeringsdossier om de inburgeraar te begeleiden.",
                "Municipal staff search and view the integration dossier to guide the integration client."),
            LegalBasis),
    ];
}
