using Host.Abstractions;

namespace Inburgering.Plugin.Privacy;

/// <summary>The processing activities (verwerkingsactiviteiten) the plugin records in the host's processing log.</summary>
internal sealed class InburgeringProcessingActivities : IProcessingActivityProvider
{
    public const string Registratie = "inburgering.registratie";

    public const string Dossierbeheer = "inburgering.dossierbeheer";

    public const string Bewaartermijn = "inburgering.bewaartermijn";

    public const string Beperking = "inburgering.beperking";

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
        new ProcessingActivity(
            Bewaartermijn,
            new LocalizedText("Bewaartermijn inburgeringsdossier", "Retention period of the integration dossier"),
            new LocalizedText(
                "Na de bewaartermijn, gerekend vanaf de datum van afsluiten, verwijdert de gemeente de persoonsgegevens uit het dossier; alleen gegevens voor statistiek blijven over.",
                "After the retention period, counted from the closing date, the municipality removes the personal data from the dossier; only data for statistics remain."),
            "AVG artikel 5, lid 1, onder e (opslagbeperking)"),
        new ProcessingActivity(
            Beperking,
            new LocalizedText("Beperking van de verwerking", "Restriction of processing"),
            new LocalizedText(
                "De gemeente beperkt de verwerking van een dossier, bijvoorbeeld na een intrekking door DUO; alleen de privacy officer kan het dan inzien of de beperking opheffen.",
                "The municipality restricts the processing of a dossier, for example after a withdrawal by DUO; only the privacy officer can then view it or lift the restriction."),
            "AVG artikel 18"),
    ];
}
