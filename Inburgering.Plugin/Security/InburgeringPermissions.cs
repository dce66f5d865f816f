using Host.Abstractions;

namespace Inburgering.Plugin.Security;

/// <summary>The permissions the plugin checks, with the host roles that hold them by default.</summary>
internal sealed class InburgeringPermissions : IPermissionProvider
{
    public const string DossierView = "inburgering.dossier.view";

    public const string DossierRegister = "inburgering.dossier.register";

    public const string StatusView = "inburgering.status.view";

    public const string CijfersView = "inburgering.cijfers.view";

    public const string DossierClose = "inburgering.dossier.close";

    public const string DossierRestrict = "inburgering.dossier.restrict";

    public const string BeperktView = "inburgering.beperkt.view";

    public const string BeperkingLift = "inburgering.beperking.lift";

    public const string IntakeView = "inburgering.intake.view";

    public const string IntakeEdit = "inburgering.intake.edit";

    public const string Gezondheid = "inburgering.gezondheid";

    public const string PipView = "inburgering.pip.view";

    public const string PipEdit = "inburgering.pip.edit";

    public const string PipVaststellen = "inburgering.pip.vaststellen";

    public const string VoortgangView = "inburgering.voortgang.view";

    public const string VoortgangEdit = "inburgering.voortgang.edit";

    public const string BegeleidingView = "inburgering.begeleiding.view";

    public const string BegeleidingEdit = "inburgering.begeleiding.edit";

    public const string OntzorgenEdit = "inburgering.ontzorgen.edit";

    public const string GesprekEdit = "inburgering.gesprek.edit";

    public const string TermijnView = "inburgering.termijn.view";

    public const string TermijnEdit = "inburgering.termijn.edit";

    public const string HandhavingView = "inburgering.handhaving.view";

    public const string HandhavingEdit = "inburgering.handhaving.edit";

    public const string DuoSignalenView = "inburgering.duo-signalen.view";

    public const string DuoSignalenVerwerken = "inburgering.duo-signalen.verwerken";

    public const string DossierCorrect = "inburgering.dossier.correct";

    public const string AanbiedersView = "inburgering.aanbieders.view";

    public const string AanbiedersBeheer = "inburgering.aanbieders.beheer";

    public const string AanmeldingEdit = "inburgering.aanmelding.edit";

    public const string LeveringenView = "inburgering.leveringen.view";

    public const string LeveringenImporteren = "inburgering.leveringen.importeren";

    public const string Aanleveren = "inburgering.aanleveren";

    public const string OverdrachtView = "inburgering.overdracht.view";

    public const string OverdrachtVerzenden = "inburgering.overdracht.verzenden";

    public const string OverdrachtOntvangen = "inburgering.overdracht.ontvangen";

    public const string CoaView = "inburgering.coa.view";

    public const string CoaEdit = "inburgering.coa.edit";

    public const string DuoRegistratieEdit = "inburgering.duo-registratie.edit";

    public const string MeldingenBeheer = "inburgering.meldingen.beheer";

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new PermissionDefinition(
            DossierView,
            new LocalizedText("Inburgeringsdossiers zoeken en bekijken", "Search and view integration dossiers"),
            [HostRoles.ConsulentInburgering, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            DossierRegister,
            new LocalizedText("Inburgeraars registreren en een BSN koppelen", "Register integration clients and link a BSN"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            StatusView,
            new LocalizedText("Inburgeringsstatus op de klantkaart zien", "See the integration status on the client page"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            CijfersView,
            new LocalizedText("Geaggregeerde cijfers over inburgering zien, zonder personen", "See aggregated civic integration figures, without persons"),
            [HostRoles.Beleidsmedewerker, HostRoles.ConsulentInburgering, HostRoles.Klantmanager]),
        new PermissionDefinition(
            DossierClose,
            new LocalizedText("Inburgeringsdossiers afsluiten", "Close integration dossiers"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            DossierRestrict,
            new LocalizedText(
                "De verwerking van een inburgeringsdossier beperken (AVG artikel 18), bijvoorbeeld na een intrekking door DUO",
                "Restrict the processing of an integration dossier (GDPR article 18), for example after a withdrawal by DUO"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            BeperktView,
            new LocalizedText("Beperkte inburgeringsdossiers inzien (alleen lezen)", "View restricted integration dossiers (read only)"),
            [HostRoles.PrivacyOfficer]),
        new PermissionDefinition(
            BeperkingLift,
            new LocalizedText("De beperking van een inburgeringsdossier opheffen", "Lift the restriction of an integration dossier"),
            [HostRoles.PrivacyOfficer]),
        new PermissionDefinition(
            IntakeView,
            new LocalizedText("De brede intake bekijken, zonder gezondheid", "View the broad intake, without health"),
            [HostRoles.ConsulentInburgering, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            IntakeEdit,
            new LocalizedText("De brede intake invullen en afronden, met de leerbaarheidstoets", "Fill in and complete the broad intake, with the learnability test"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            Gezondheid,
            new LocalizedText("Gezondheid in de brede intake zien en vastleggen (bijzonder persoonsgegeven)", "See and record health in the broad intake (special category)"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            PipView,
            new LocalizedText("Het PIP en de beschikking bekijken", "View the PIP and its decision"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            PipEdit,
            new LocalizedText("Een PIP opstellen en wijzigen", "Draft and change a PIP"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            PipVaststellen,
            new LocalizedText("Een PIP vaststellen als beschikking", "Adopt a PIP as a formal decision"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            VoortgangView,
            new LocalizedText("Onderdelen, uren en examens bekijken", "View components, hours and exams"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            VoortgangEdit,
            new LocalizedText("Onderdelen, uren en examens vastleggen", "Record components, hours and exams"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            BegeleidingView,
            new LocalizedText("Ontzorgen, maatschappelijke begeleiding en voortgangsgesprekken bekijken", "View unburdening, social guidance and progress meetings"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            BegeleidingEdit,
            new LocalizedText("Maatschappelijke begeleiding vastleggen", "Record social guidance"),
            [HostRoles.ConsulentInburgering, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            OntzorgenEdit,
            new LocalizedText("Ontzorgen vastleggen (Participatiewet artikel 56a)", "Record unburdening (Participation Act article 56a)"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager]),
        new PermissionDefinition(
            GesprekEdit,
            new LocalizedText("Voortgangsgesprekken plannen en vastleggen", "Plan and record progress meetings"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            TermijnView,
            new LocalizedText("De inburgeringstermijn, verlengingen en ontheffingen bekijken", "View the integration term, extensions and dispensations"),
            [HostRoles.ConsulentInburgering, HostRoles.Klantmanager]),
        new PermissionDefinition(
            TermijnEdit,
            new LocalizedText("Verlengingen, ontheffingen, vrijstellingen en voldaan vastleggen", "Record extensions, dispensations, exemptions and completion"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            HandhavingView,
            new LocalizedText("Voorstellen voor handhaving bekijken", "View enforcement proposals"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            HandhavingEdit,
            new LocalizedText("Feiten en besluiten voor handhaving vastleggen", "Record facts and decisions for enforcement"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            DuoSignalenView,
            new LocalizedText("Signalen van DUO bekijken", "View signals from DUO"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            DuoSignalenVerwerken,
            new LocalizedText("Signalen van DUO invoeren en verwerken", "Enter and process signals from DUO"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            DossierCorrect,
            new LocalizedText("Het wettelijk regime en de status van een dossier corrigeren", "Correct the legal regime and the status of a dossier"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            AanbiedersView,
            new LocalizedText("Aanbieders bekijken; wie er is aangemeld alleen met het recht om dossiers te zien", "View course providers; who is referred only with the permission to view dossiers"),
            [HostRoles.ConsulentInburgering, HostRoles.FunctioneelBeheerder]),
        new PermissionDefinition(
            AanbiedersBeheer,
            new LocalizedText("Aanbieders registreren en wijzigen", "Register and change course providers"),
            [HostRoles.ConsulentInburgering, HostRoles.FunctioneelBeheerder]),
        new PermissionDefinition(
            AanmeldingEdit,
            new LocalizedText("Inburgeraars aanmelden bij een aanbieder en de aanmelding beëindigen", "Refer integration clients to a course provider and end the referral"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            LeveringenView,
            new LocalizedText("Leveringen van aanbieders en hun verslagen bekijken", "View deliveries from course providers and their reports"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            LeveringenImporteren,
            new LocalizedText("Een bestand van een aanbieder importeren, bijvoorbeeld uit beveiligde mail", "Import a file from a course provider, for example from secure mail"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            Aanleveren,
            new LocalizedText(
                "Als aanbieder de eigen cursisten zien en hun aanwezigheid en voortgang aanleveren (portaal, bestand en API)",
                "As a course provider, see the own students and deliver their attendance and progress (portal, file and API)"),
            [HostRoles.Aanbieder]),
        new PermissionDefinition(
            OverdrachtView,
            new LocalizedText("Verhuizingen en warme overdrachten van en naar andere gemeenten bekijken", "View moves and warm handovers to and from other municipalities"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            OverdrachtVerzenden,
            new LocalizedText("Een dossier na een verhuizing overdragen aan de nieuwe gemeente, ook als bestand", "Hand a dossier over to the new municipality after a move, also as a file"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            OverdrachtOntvangen,
            new LocalizedText("Een overdracht van een andere gemeente accepteren of weigeren, ook uit een bestand", "Accept or refuse a handover from another municipality, also from a file"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            CoaView,
            new LocalizedText("De informatie van het COA over een asielstatushouder bekijken", "View the COA's information about an asylum permit holder"),
            [HostRoles.ConsulentInburgering, HostRoles.MaatschappelijkBegeleider]),
        new PermissionDefinition(
            CoaEdit,
            new LocalizedText("De informatie van het COA invoeren, importeren en bijwerken", "Enter, import and update the COA's information"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            DuoRegistratieEdit,
            new LocalizedText("Registraties in het DUO-portaal afvinken als gedaan", "Mark registrations in the DUO portal as done"),
            [HostRoles.ConsulentInburgering]),
        new PermissionDefinition(
            MeldingenBeheer,
            new LocalizedText("Abonnementen van andere gemeentelijke systemen op meldingen beheren", "Manage the subscriptions of other municipal systems to notifications"),
            [HostRoles.FunctioneelBeheerder]),
    ];
}
