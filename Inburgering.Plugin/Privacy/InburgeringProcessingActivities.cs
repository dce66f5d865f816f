using Host.Abstractions;

namespace Inburgering.Plugin.Privacy;

/// <summary>The processing activities (verwerkingsactiviteiten) the plugin records in the host's processing log.</summary>
internal sealed class InburgeringProcessingActivities : IProcessingActivityProvider
{
    public const string Registratie = "inburgering.registratie";

    public const string Dossierbeheer = "inburgering.dossierbeheer";

    public const string Bewaartermijn = "inburgering.bewaartermijn";

    public const string Beperking = "inburgering.beperking";

    public const string BredeIntake = "inburgering.brede-intake";

    public const string Pip = "inburgering.pip";

    public const string Voortgang = "inburgering.voortgang";

    public const string Begeleiding = "inburgering.begeleiding";

    public const string Handhaving = "inburgering.handhaving";

    public const string DuoSignalen = "inburgering.duo-signalen";

    public const string Termijnbewaking = "inburgering.termijnbewaking";

    public const string Aanmelding = "inburgering.aanmelding";

    public const string Aanlevering = "inburgering.aanlevering";

    public const string Verhuizing = "inburgering.verhuizing";

    public const string Overdracht = "inburgering.overdracht";

    public const string CoaInformatie = "inburgering.coa-informatie";

    public const string DuoRegistratie = "inburgering.duo-registratie";

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
        new ProcessingActivity(
            BredeIntake,
            new LocalizedText("Brede intake", "Broad intake"),
            new LocalizedText(
                "De gemeente neemt de brede intake af, met de leerbaarheidstoets, om de leerroute en het PIP te bepalen; gezondheid alleen waar dat nodig is.",
                "The municipality holds the broad intake, with the learnability test, to decide the learning route and the PIP; health only where needed."),
            "Wet inburgering 2021, artikel 14"),
        new ProcessingActivity(
            Pip,
            new LocalizedText("Persoonlijk plan inburgering en participatie", "Personal integration and participation plan"),
            new LocalizedText(
                "De gemeente stelt het PIP vast als beschikking en wijzigt het bij schakelen, afschalen of verhuizing.",
                "The municipality adopts the PIP as a formal decision and changes it on a route switch, scaling down or a move."),
            "Wet inburgering 2021, artikel 15"),
        new ProcessingActivity(
            Voortgang,
            new LocalizedText("Voortgang inburgering", "Integration progress"),
            new LocalizedText(
                "De gemeente legt de onderdelen, gevolgde uren en examenresultaten vast om de voortgang te volgen en aan DUO door te geven.",
                "The municipality records the components, hours followed and exam results to follow progress and pass them on to DUO."),
            LegalBasis),
        new ProcessingActivity(
            Begeleiding,
            new LocalizedText("Ontzorgen, maatschappelijke begeleiding en voortgangsgesprekken", "Unburdening, social guidance and progress meetings"),
            new LocalizedText(
                "De gemeente ontzorgt asielstatushouders met bijstand, regelt maatschappelijke begeleiding en voert voortgangsgesprekken.",
                "The municipality unburdens asylum permit holders on social assistance, arranges social guidance and holds progress meetings."),
            "Wet inburgering 2021; Participatiewet, artikel 56a"),
        new ProcessingActivity(
            Handhaving,
            new LocalizedText("Termijn en handhaving", "Term and enforcement"),
            new LocalizedText(
                "De gemeente bewaakt de inburgeringstermijn, legt verlengingen, ontheffingen en voldaan vast en weegt maatregelen; de module stelt alleen voor.",
                "The municipality monitors the integration term, records extensions, dispensations and completion and weighs measures; the module only proposes."),
            "Wet inburgering 2021, artikelen 11, 22 en 23"),
        new ProcessingActivity(
            DuoSignalen,
            new LocalizedText("Signalen van DUO", "Signals from DUO"),
            new LocalizedText(
                "De gemeente verwerkt de signalen van DUO over nieuwe inburgeringsplichtigen, correcties en intrekkingen.",
                "The municipality processes DUO's signals about new persons obliged to integrate, corrections and withdrawals."),
            LegalBasis),
        new ProcessingActivity(
            Termijnbewaking,
            new LocalizedText("Termijnbewaking", "Deadline monitoring"),
            new LocalizedText(
                "Elke nacht zet de module taken met een vervaldatum in de werkvoorraad voor de termijnen van de dossiers.",
                "Every night the module puts tasks with a due date in the work queue for the deadlines of the dossiers."),
            LegalBasis),
        new ProcessingActivity(
            Aanmelding,
            new LocalizedText("Aanmelding bij een aanbieder", "Referral to a course provider"),
            new LocalizedText(
                "De gemeente meldt de inburgeraar aan bij een aanbieder voor een onderdeel van de inburgering; de aanbieder ziet daarna alleen de gegevens die het voor de cursus nodig heeft.",
                "The municipality refers the integration client to a course provider for a part of the civic integration; the provider then sees only the data it needs for the course."),
            LegalBasis),
        new ProcessingActivity(
            Aanlevering,
            new LocalizedText("Aanlevering van aanwezigheid en voortgang door aanbieders", "Delivery of attendance and progress by course providers"),
            new LocalizedText(
                "Aanbieders leveren per cursist de aangeboden en gevolgde uren, het verzuim, de niveaus en de examenresultaten aan, zodat de gemeente afschalen, de Z-route, verlengingen en handhaving kan beoordelen.",
                "Course providers deliver per student the hours offered and attended, the absence, the levels and the exam results, so the municipality can judge downscaling, the Z-route, extensions and enforcement."),
            LegalBasis),
        new ProcessingActivity(
            Verhuizing,
            new LocalizedText("Signaleren van een verhuizing naar een andere gemeente", "Detecting a move to another municipality"),
            new LocalizedText(
                "De gemeente vergelijkt de gemeente van inschrijving in de BRP met het dossier, zodat zij een verhuizing tijdig ziet en de inburgering kan overdragen.",
                "The municipality compares the municipality of registration in the BRP with the dossier, so it sees a move in time and can hand the integration over."),
            LegalBasis),
        new ProcessingActivity(
            Overdracht,
            new LocalizedText("Warme overdracht na verhuizing", "Warm handover after a move"),
            new LocalizedText(
                "De oude gemeente geeft de gegevens die de nieuwe gemeente nodig heeft voor een nieuw PIP met dezelfde leerroute door, en de nieuwe gemeente neemt ze over in een eigen dossier.",
                "The former municipality passes on the data the new municipality needs for a new PIP with the same learning route, and the new municipality takes them over into a dossier of its own."),
            LegalBasis),
        new ProcessingActivity(
            CoaInformatie,
            new LocalizedText("Informatie van het COA over een asielstatushouder", "The COA's information about an asylum permit holder"),
            new LocalizedText(
                "De gemeente legt de gegevens van het informatieformulier van het COA vast, zodat de inburgering al voor de huisvesting kan beginnen.",
                "The municipality records the data of the COA's information form, so the integration can start before the person is housed."),
            "Wet inburgering 2021; Huisvestingswet 2014, artikel 28"),
        new ProcessingActivity(
            DuoRegistratie,
            new LocalizedText("Registratie bij DUO", "Registration with DUO"),
            new LocalizedText(
                "De gemeente registreert de feiten die DUO voor de inburgering nodig heeft (ondertekende participatieverklaring, uitslag MAP, PIP en leerroute) in het DUO-portaal.",
                "The municipality registers the facts DUO needs for the civic integration (signed participation statement, MAP result, PIP and learning route) in the DUO portal."),
            LegalBasis),
    ];
}
