using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Termijn;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;
using IntakeRecord = Inburgering.Plugin.BredeIntake.BredeIntake;
using Inburgering.Plugin.BredeIntake;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Adds the steps of the inburgering process to one freshly registered demo dossier, in the order staff would take
/// them. Status changes go through <see cref="DossierLifecycle.Move"/> and the first PIP through
/// <see cref="Dossier.LegDagtekeningEerstePipVast"/>, so the history and the termijn match what the actions record.
/// The caller saves the changes and records the processing of <see cref="Activiteiten"/>.
/// </summary>
internal sealed class DemoDossierOpbouw(InburgeringDbContext db, Dossier dossier, string actorId, DateTimeOffset nu)
{
    private const string AfschalenInzet = "Volgde alle lessen en deed twee keer examen.";

    private readonly List<PipVersie> _pipVersies = [];

    /// <summary>The processing activities of the parts this builder changed.</summary>
    public HashSet<string> Activiteiten { get; } = new(StringComparer.Ordinal);

    public Dossier Dossier => dossier;

    /// <summary>Records DUO's kennisgeving that the person is inburgeringsplichtig.</summary>
    public DemoDossierOpbouw DuoKennisgeving(DateOnly op)
    {
        dossier.DuoKennisgevingOp = op;
        Activiteiten.Add(InburgeringProcessingActivities.Pip);
        return this;
    }

    /// <summary>Starts the brede intake with the parts a first conversation fills in; the dossier moves to BredeIntake.</summary>
    public IntakeRecord StartIntake(DateOnly op)
    {
        var intake = new IntakeRecord
        {
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            GestartOp = op,
            Zelfredzaamheid = Zelfredzaamheid.GedeeltelijkZelfredzaam,
            ZelfredzaamheidToelichting = "Regelt post en afspraken met hulp van een buurvrouw.",
            NiveauNederlands = NiveauNederlands.A0,
            AlfabetiseringNodig = false,
            TolkNodig = true,
            TolkTaal = "Arabisch",
        };
        db.BredeIntakes.Add(intake);
        Move(DossierStatus.BredeIntake, op, "Brede intake gestart");
        Activiteiten.Add(InburgeringProcessingActivities.BredeIntake);
        return intake;
    }

    /// <summary>
    /// Fills in the remaining parts with a leerbaarheidstoets on <paramref name="toetsdatum"/>, whose cesuur follows from
    /// that date, and completes the intake with <paramref name="leerroute"/>.
    /// </summary>
    public void RondIntakeAf(IntakeRecord intake, DateOnly toetsdatum, int score, DateOnly afgerondOp, Leerroute leerroute)
    {
        var uitslag = Leerbaarheidstoets.Uitslag(score, toetsdatum);

        intake.NiveauNederlands = NiveauNederlands.A1;
        intake.LeerbaarheidstoetsAfname = LeerbaarheidstoetsAfname.Afgenomen;
        intake.LeerbaarheidstoetsScore = uitslag.Score;
        intake.LeerbaarheidstoetsDatum = uitslag.Datum;
        intake.LeerbaarheidstoetsCesuur = uitslag.Cesuur;
        intake.OpleidingHerkomstland = "Middelbare school, 10 jaar.";
        intake.WerkervaringHerkomstland = "Verkoper in een winkel.";
        intake.GezondheidLichamelijk = "Geen bijzonderheden.";
        intake.GezondheidPsychisch = "Geen bijzonderheden.";
        intake.Gezinssituatie = "Getrouwd, twee kinderen.";
        intake.SociaalNetwerk = "Familie in de regio.";
        intake.AantalKinderenJongerDanVier = 0;
        intake.Werknemersvaardigheden = "Komt afspraken na.";
        intake.Werkervaring = "Vrijwilligerswerk bij de voedselbank.";
        intake.PraktischeCompetenties = "Klantvriendelijk.";
        intake.DigitaleVaardigheden = DigitaleVaardigheid.Basis;
        intake.Ontwikkelwensen = "Werken in de zorg.";
        intake.GekozenLeerroute = leerroute;
        intake.Afwijkingsreden = RouteAdvies.AfwijkingsredenNodig(RouteAdvies.Voor(uitslag), leerroute)
            ? "De inburgeraar wil eerst de Z-route volgen naast werk."
            : null;
        intake.AfgerondOp = afgerondOp;
        intake.AfgerondDoor = actorId;
    }

    /// <summary>Records that the gemeente waits for information of a third party, which extends the PIP deadline.</summary>
    public void VerlengPipTermijn(DateOnly wachtSinds, DateOnly? ontvangenOp)
    {
        db.PipVerlengingen.Add(new PipVerlenging
        {
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Derde = "Huisarts",
            WachtSinds = wachtSinds,
            InformatieOntvangenOp = ontvangenOp,
            GewijzigdDoor = actorId,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Pip);
    }

    /// <summary>
    /// Draws up and adopts a PIP version. The first one fixes the dagtekening that starts the inburgeringstermijn and
    /// moves the dossier to PipVastgesteld; <paramref name="afschalenNaUren"/> records the NT2 hours of a scale-down.
    /// </summary>
    /// <exception cref="InvalidOperationException">The version breaks a rule of the PIP that the actions check as well.</exception>
    public void StelPipVast(DateOnly dagtekening, PipSoort soort, PipInhoud inhoud, decimal? afschalenNaUren = null)
    {
        var vorige = _pipVersies.LastOrDefault()?.Inhoud;
        var regelFout = PipWijzigingRegels.Concept(soort, inhoud, vorige)?.Error
            ?? (soort == PipSoort.Schakelen && vorige is not null && dossier.Termijn is { } termijn
                ? PipWijzigingRegels.Schakelen(vorige.Leerroute, inhoud.Leerroute, termijn, dagtekening)
                : null)
            ?? (soort == PipSoort.Afschalen && vorige is not null
                ? PipWijzigingRegels.Afschalen(vorige, afschalenNaUren ?? 0m, inzetAangetoond: true, AfschalenInzet)
                : null);
        if (regelFout is not null)
        {
            throw new InvalidOperationException($"The demo PIP of dossier {dossier.Id} breaks a rule: {regelFout.En}");
        }

        var versie = new PipVersie
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Versienummer = _pipVersies.Count + 1,
            Soort = soort,
            Wijzigingsreden = soort == PipSoort.Eerste ? null : "Afgesproken in het voortgangsgesprek.",
            OpgesteldOp = nu,
            OpgesteldDoor = actorId,
        };
        versie.VulIn(inhoud);
        if (afschalenNaUren is { } uren)
        {
            versie.LegAfschalenVast(AfschalenInzet, uren);
        }

        versie.StelVast(dagtekening, actorId, nu);
        db.PipVersies.Add(versie);
        _pipVersies.Add(versie);
        Activiteiten.Add(InburgeringProcessingActivities.Pip);

        if (dossier.DagtekeningEerstePip is null)
        {
            dossier.LegDagtekeningEerstePipVast(dagtekening);
            Move(DossierStatus.PipVastgesteld, dagtekening, "Eerste PIP vastgesteld");
        }
    }

    /// <summary>Moves the dossier to InTraject: the inburgeraar started the leerroute.</summary>
    public void StartTraject(DateOnly op) => Move(DossierStatus.InTraject, op, null);

    /// <summary>Registers <paramref name="uren"/> hours of <paramref name="soort"/> for each of the last <paramref name="maanden"/> whole months before <paramref name="vandaag"/>.</summary>
    public void Uren(UrenSoort soort, decimal uren, int maanden, DateOnly vandaag, string aanbieder)
    {
        var dezeMaand = new DateOnly(vandaag.Year, vandaag.Month, 1);
        for (var i = maanden; i >= 1; i--)
        {
            var van = dezeMaand.AddMonths(-i);
            db.Urenregels.Add(new Urenregel
            {
                Id = Guid.CreateVersion7(),
                DossierId = dossier.Id,
                Gemeente = dossier.Gemeente,
                Soort = soort,
                PeriodeVan = van,
                PeriodeTot = van.AddMonths(1).AddDays(-1),
                Uren = uren,
                MetKeurmerk = soort is UrenSoort.Nt2Fysiek or UrenSoort.Nt2Online,
                Aanbieder = aanbieder,
                GeregistreerdOp = nu,
                GeregistreerdDoor = actorId,
            });
        }

        Activiteiten.Add(InburgeringProcessingActivities.Voortgang);
    }

    /// <summary>Records the participatieverklaringstraject: signed on <paramref name="ondertekend"/>, registered with DUO or not yet.</summary>
    public void Pvt(DateOnly ondertekend, DateOnly? duoGeregistreerdOp)
    {
        db.PvtOnderdelen.Add(new PvtOnderdeel
        {
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Resultaat = OnderdeelResultaat.Voldaan,
            DatumOndertekening = ondertekend,
            DuoGeregistreerdOp = duoGeregistreerdOp,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Voortgang);
    }

    /// <summary>Records the module arbeidsmarkt en participatie: eindgesprek held, registered with DUO or not yet.</summary>
    public void Map(DateOnly eindgesprek, DateOnly? duoGeregistreerdOp)
    {
        db.MapOnderdelen.Add(new MapOnderdeel
        {
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            DatumEindgesprek = eindgesprek,
            Resultaat = OnderdeelResultaat.Voldaan,
            DuoGeregistreerdOp = duoGeregistreerdOp,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Voortgang);
    }

    /// <summary>Records the KNM course status, with the exam outcome once there is one.</summary>
    public void Knm(KnmStatus status, DateOnly? examendatum = null, ExamenUitkomst? uitkomst = null)
    {
        db.KnmOnderdelen.Add(new KnmOnderdeel
        {
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Status = status,
            Examendatum = examendatum,
            Examenresultaat = uitkomst,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Voortgang);
    }

    /// <summary>Registers one exam result.</summary>
    public void Examen(Examenonderdeel onderdeel, DateOnly datum, Taalniveau niveau, ExamenUitkomst uitkomst)
    {
        db.Examenresultaten.Add(new Examenresultaat
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Onderdeel = onderdeel,
            Examendatum = datum,
            Niveau = niveau,
            Resultaat = uitkomst,
            GeregistreerdOp = nu,
            GeregistreerdDoor = actorId,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Voortgang);
    }

    /// <summary>Records ontzorgen: the gemeente pays rent, energy and health insurance from the bijstand for 6 months.</summary>
    public void Ontzorgen(DateOnly bijstandSinds, DateOnly start)
    {
        db.Ontzorgingen.Add(new Ontzorging
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            BijstandSinds = bijstandSinds,
            Startdatum = start,
            Einddatum = OntzorgenRegels.StandaardEinddatum(start),
            VasteLasten = [VasteLast.Huur, VasteLast.Energie, VasteLast.Zorgverzekering],
            MachtigingOndertekendOp = start,
            GewijzigdOp = nu,
            GewijzigdDoor = actorId,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Begeleiding);
    }

    /// <summary>Records maatschappelijke begeleiding by a local organisation from <paramref name="start"/>.</summary>
    public void MaatschappelijkeBegeleiding(DateOnly start)
    {
        db.MaatschappelijkeBegeleidingen.Add(new MaatschappelijkeBegeleiding
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Organisatie = "VluchtelingenWerk",
            Startdatum = start,
            Notities = "Wekelijks spreekuur; helpt met toeslagen en school van de kinderen.",
            GewijzigdOp = nu,
            GewijzigdDoor = actorId,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Begeleiding);
    }

    /// <summary>Records a voortgangsgesprek held at <paramref name="gehoudenOp"/>.</summary>
    public void GehoudenGesprek(DateTimeOffset gehoudenOp)
    {
        db.Voortgangsgesprekken.Add(new Voortgangsgesprek
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            GeplandOp = gehoudenOp,
            GehoudenOp = gehoudenOp,
            Notities = "Gaat goed vooruit met lezen; spreken gaat nog moeizaam.",
            Afspraken = "Extra spreekoefening bij het taalcafé.",
            GewijzigdOp = nu,
            GewijzigdDoor = actorId,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Begeleiding);
    }

    /// <summary>Plans a voortgangsgesprek at <paramref name="geplandOp"/>.</summary>
    public void GeplandGesprek(DateTimeOffset geplandOp)
    {
        db.Voortgangsgesprekken.Add(new Voortgangsgesprek
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            GeplandOp = geplandOp,
            GewijzigdOp = nu,
            GewijzigdDoor = actorId,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Begeleiding);
    }

    /// <summary>Records DUO's verlenging of the termijn to <paramref name="nieuweLaatsteDag"/>.</summary>
    public void VerlengTermijn(DateOnly besluitdatum, DateOnly nieuweLaatsteDag)
    {
        db.Verlengingen.Add(new Verlenging
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Volgnummer = 1,
            Besluitdatum = besluitdatum,
            Beslisser = VerlengingBeslisser.Duo,
            BeslisserNaam = "DUO",
            Grond = VerlengingsGrond.Ziekte,
            Toelichting = "Langdurig ziek geweest.",
            NieuweLaatsteDag = nieuweLaatsteDag,
            GeregistreerdOp = nu,
            GeregistreerdDoor = actorId,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Dossierbeheer);
    }

    /// <summary>Records the handhaving fact that a PIP obligation was culpably not met.</summary>
    public void HandhavingFeit(DateOnly datum, PipVerplichting verplichting)
    {
        db.HandhavingFeiten.Add(new HandhavingFeit
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Soort = HandhavingFeitSoort.PipVerwijtbaarNietNagekomen,
            Datum = datum,
            Verplichting = verplichting,
            Omschrijving = "Drie KNM-lessen achter elkaar niet gekomen zonder bericht.",
            GeregistreerdOp = nu,
            GeregistreerdDoor = actorId,
        });
        Activiteiten.Add(InburgeringProcessingActivities.Handhaving);
    }

    /// <summary>Records DUO's ontheffing and closes the dossier with status Ontheffing.</summary>
    public void Ontheffing(DateOnly besluitdatum)
    {
        db.Ontheffingen.Add(new Termijn.Ontheffing
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Soort = OntheffingSoort.Ontheffing,
            Besluitdatum = besluitdatum,
            Grond = OntheffingGrond.MedischOfPsychisch,
            Toelichting = "Besluit van DUO na medisch advies.",
            GeregistreerdOp = nu,
            GeregistreerdDoor = actorId,
        });
        Move(DossierStatus.Ontheffing, besluitdatum, "Ontheffing door DUO");
    }

    /// <summary>Closes the dossier with status Voldaan.</summary>
    public void Voldaan(DateOnly op) => Move(DossierStatus.Voldaan, op, "Voldaan vastgesteld");

    /// <summary>Closes the dossier with status Vertrokken, with the reason as the departure action records it.</summary>
    public void Vertrokken(DateOnly op) =>
        Move(DossierStatus.Vertrokken, op, Levensloop.VertrokkenAction.StatusReden(Levensloop.VertrekBestemming.AndereGemeente, "Verhuisd voor werk."));

    private void Move(DossierStatus naar, DateOnly op, string? reden)
    {
        var (wijziging, error) = DossierLifecycle.Move(dossier, naar, op, actorId, reden);
        if (wijziging is null)
        {
            throw new InvalidOperationException($"The demo process of dossier {dossier.Id} is inconsistent: {error!.En}");
        }

        db.StatusWijzigingen.Add(wijziging);
        Activiteiten.Add(InburgeringProcessingActivities.Dossierbeheer);
    }
}
