using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Tests.Voortgang;

public sealed class VoortgangStandTests
{
    private static readonly PipLeerroute B1 = new(Leerroute.B1Route, Taalniveau.B1);
    private static readonly PipLeerroute B1Afgeschaald = new(Leerroute.B1Route, Taalniveau.A2);
    private static readonly PipLeerroute ZRoute = new(Leerroute.ZRoute, Taalniveau.A1);
    private static readonly PipLeerroute Onderwijsroute = new(Leerroute.Onderwijsroute, Taalniveau.B1);

    [Test]
    public void Bepaal_B1AllPassedAtB1_LeerrouteAfgerond()
    {
        var gegevens = Gegevens(examens: AlleExamens(Taalniveau.B1));

        var stand = VoortgangStand.Bepaal(gegevens, B1, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.True);
        Assert.That(stand.OntbrekendeExamens, Is.Empty);
    }

    [Test]
    public void Bepaal_B1SpeakingAtA2_MissesSpreken()
    {
        var examens = AlleExamens(Taalniveau.B1).Where(e => e.Onderdeel != Examenonderdeel.Spreken).Append(Examen(Examenonderdeel.Spreken, Taalniveau.A2)).ToList();

        var stand = VoortgangStand.Bepaal(Gegevens(examens: examens), B1, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.False);
        Assert.That(stand.OntbrekendeExamens, Is.EqualTo(new[] { Examenonderdeel.Spreken }));
    }

    [Test]
    public void Bepaal_AfgeschaaldAllAtA2_LeerrouteAfgerond()
    {
        var stand = VoortgangStand.Bepaal(Gegevens(examens: AlleExamens(Taalniveau.A2)), B1Afgeschaald, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.True);
    }

    [Test]
    public void Bepaal_B1AllAtB2_CountsHigherLevel()
    {
        var stand = VoortgangStand.Bepaal(Gegevens(examens: AlleExamens(Taalniveau.B2)), B1, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.True);
    }

    [Test]
    public void Bepaal_B1ReadingNotPassed_MissesLezen()
    {
        var examens = AlleExamens(Taalniveau.B1).Where(e => e.Onderdeel != Examenonderdeel.Lezen).Append(Examen(Examenonderdeel.Lezen, Taalniveau.B1, ExamenUitkomst.NietBehaald)).ToList();

        var stand = VoortgangStand.Bepaal(Gegevens(examens: examens), B1, UrenDoelen.Standaard);

        Assert.That(stand.OntbrekendeExamens, Is.EqualTo(new[] { Examenonderdeel.Lezen }));
    }

    [Test]
    public void Bepaal_B1WithoutKnmExam_MissesKnm()
    {
        var examens = AlleExamens(Taalniveau.B1).Where(e => e.Onderdeel != Examenonderdeel.Knm).ToList();

        var stand = VoortgangStand.Bepaal(Gegevens(examens: examens), B1, UrenDoelen.Standaard);

        Assert.That(stand.OntbrekendeExamens, Is.EqualTo(new[] { Examenonderdeel.Knm }));
    }

    [Test]
    public void Bepaal_B1KnmStatusExamenBehaald_CountsKnm()
    {
        var examens = AlleExamens(Taalniveau.B1).Where(e => e.Onderdeel != Examenonderdeel.Knm).ToList();
        var knm = new KnmOnderdeel { Gemeente = "0599", Status = KnmStatus.ExamenBehaald, Examendatum = new DateOnly(2026, 5, 1), Examenresultaat = ExamenUitkomst.Behaald };

        var stand = VoortgangStand.Bepaal(Gegevens(examens: examens, knm: knm), B1, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.True);
    }

    [TestCase(799.75, 800, false, TestName = "Bepaal_ZRouteCourse799_75_NotAfgerond")]
    [TestCase(800, 799.75, false, TestName = "Bepaal_ZRouteAsielParticipation799_75_NotAfgerond")]
    [TestCase(800, 800, true, TestName = "Bepaal_ZRouteAsielBoth800_Afgerond")]
    public void Bepaal_ZRouteAsielstatushouder(decimal cursus, decimal participatie, bool expected)
    {
        var uren = UrenDrempelsTests.Totalen((UrenSoort.Nt2Fysiek, cursus, false), (UrenSoort.Participatie, participatie, false));

        var stand = VoortgangStand.Bepaal(Gegevens(Doelgroep.Asielstatushouder, uren, eindgesprek: Eindgesprek(OnderdeelResultaat.Voldaan)), ZRoute, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.EqualTo(expected));
    }

    [Test]
    public void Bepaal_ZRouteGezinsmigrantWithoutParticipation_Afgerond()
    {
        var uren = UrenDrempelsTests.Totalen((UrenSoort.Nt2Fysiek, 800m, false));

        var stand = VoortgangStand.Bepaal(Gegevens(Doelgroep.Gezinsmigrant, uren, eindgesprek: Eindgesprek(OnderdeelResultaat.Voldaan)), ZRoute, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.True);
    }

    [Test]
    public void Bepaal_ZRouteOverigTargetSet_NeedsParticipation()
    {
        var uren = UrenDrempelsTests.Totalen((UrenSoort.Nt2Fysiek, 800m, false), (UrenSoort.Participatie, 99.75m, false));
        var doelen = UrenDoelen.Standaard with { ZRouteParticipatieOverig = 100m };

        var stand = VoortgangStand.Bepaal(Gegevens(Doelgroep.OverigeMigrant, uren, eindgesprek: Eindgesprek(OnderdeelResultaat.Voldaan)), ZRoute, doelen);

        Assert.That(stand.LeerrouteAfgerond, Is.False);
    }

    [TestCase(true, TestName = "Bepaal_ZRouteInterviewNotMet_NotAfgerond")]
    [TestCase(false, TestName = "Bepaal_ZRouteWithoutInterview_NotAfgerond")]
    public void Bepaal_ZRouteInterview(bool gehouden)
    {
        var uren = UrenDrempelsTests.Totalen((UrenSoort.Nt2Fysiek, 800m, false), (UrenSoort.Participatie, 800m, false));
        var eindgesprek = gehouden ? Eindgesprek(OnderdeelResultaat.NietVoldaan) : null;

        var stand = VoortgangStand.Bepaal(Gegevens(Doelgroep.Asielstatushouder, uren, eindgesprek: eindgesprek), ZRoute, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.False);
    }

    [Test]
    public void Bepaal_OnderwijsrouteWithDiploma_VoldaanWithoutMap()
    {
        var traject = new OnderwijsrouteTraject { Gemeente = "0599", DatumDiploma = new DateOnly(2026, 7, 1) };

        var stand = VoortgangStand.Bepaal(Gegevens(onderwijsroute: traject, pvt: PvtVoldaan()), Onderwijsroute, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.True);
        Assert.That(stand.MapVereist, Is.False);
        Assert.That(stand.Voldaan, Is.True);
    }

    [Test]
    public void Bepaal_OnderwijsrouteWithoutDiploma_NotAfgerond()
    {
        var traject = new OnderwijsrouteTraject { Gemeente = "0599", TaalschakeltrajectStart = new DateOnly(2026, 1, 1) };

        var stand = VoortgangStand.Bepaal(Gegevens(onderwijsroute: traject), Onderwijsroute, UrenDoelen.Standaard);

        Assert.That(stand.LeerrouteAfgerond, Is.False);
    }

    [Test]
    public void Bepaal_B1AllDoneButMap_NotVoldaan()
    {
        var stand = VoortgangStand.Bepaal(Gegevens(examens: AlleExamens(Taalniveau.B1), pvt: PvtVoldaan()), B1, UrenDoelen.Standaard);

        Assert.That(stand.MapVereist, Is.True);
        Assert.That(stand.MapAfgerond, Is.False);
        Assert.That(stand.Voldaan, Is.False);
    }

    [Test]
    public void Bepaal_B1AllDoneWithMap_Voldaan()
    {
        var uren = UrenDrempelsTests.Totalen((UrenSoort.MapPraktijk, 40m, false));
        var map = new MapOnderdeel { Gemeente = "0599", DatumEindgesprek = new DateOnly(2026, 10, 1), Resultaat = OnderdeelResultaat.Voldaan };

        var stand = VoortgangStand.Bepaal(Gegevens(uren: uren, examens: AlleExamens(Taalniveau.B1), pvt: PvtVoldaan(), map: map), B1, UrenDoelen.Standaard);

        Assert.That(stand.MapAfgerond, Is.True);
        Assert.That(stand.Voldaan, Is.True);
    }

    [Test]
    public void Bepaal_MapVoldaanWith39_75Hours_NotAfgerond()
    {
        var uren = UrenDrempelsTests.Totalen((UrenSoort.MapPraktijk, 39.75m, false));
        var map = new MapOnderdeel { Gemeente = "0599", DatumEindgesprek = new DateOnly(2026, 10, 1), Resultaat = OnderdeelResultaat.Voldaan };

        var stand = VoortgangStand.Bepaal(Gegevens(uren: uren, map: map), B1, UrenDoelen.Standaard);

        Assert.That(stand.MapAfgerond, Is.False);
    }

    [Test]
    public void Bepaal_PvtNietVoldaan_NotAfgerond()
    {
        var pvt = new PvtOnderdeel { Gemeente = "0599", Resultaat = OnderdeelResultaat.NietVoldaan, RedenNietVoldaan = "Niet verschenen", VerwijtbaarNietVoldaan = true };

        var stand = VoortgangStand.Bepaal(Gegevens(pvt: pvt), B1, UrenDoelen.Standaard);

        Assert.That(stand.PvtAfgerond, Is.False);
    }

    [Test]
    public void Bepaal_UnknownLeerroute_LeavesLeerrouteAndVoldaanOpen()
    {
        var stand = VoortgangStand.Bepaal(Gegevens(examens: AlleExamens(Taalniveau.B1), pvt: PvtVoldaan()), null, UrenDoelen.Standaard);

        Assert.That(stand.PvtAfgerond, Is.True);
        Assert.That(stand.LeerrouteAfgerond, Is.Null);
        Assert.That(stand.MapVereist, Is.Null);
        Assert.That(stand.Voldaan, Is.Null);
    }

    private static VoortgangGegevens Gegevens(
        Doelgroep doelgroep = Doelgroep.Gezinsmigrant,
        UrenTotalen? uren = null,
        IReadOnlyList<Examenresultaat>? examens = null,
        KnmOnderdeel? knm = null,
        PvtOnderdeel? pvt = null,
        MapOnderdeel? map = null,
        ZRouteEindgesprek? eindgesprek = null,
        OnderwijsrouteTraject? onderwijsroute = null) =>
        new(doelgroep, uren ?? UrenDrempelsTests.Totalen(), knm, pvt, map, eindgesprek, onderwijsroute, examens ?? []);

    private static PvtOnderdeel PvtVoldaan() =>
        new() { Gemeente = "0599", Resultaat = OnderdeelResultaat.Voldaan, DatumOndertekening = new DateOnly(2026, 3, 2) };

    private static ZRouteEindgesprek Eindgesprek(OnderdeelResultaat resultaat) =>
        new() { Gemeente = "0599", Datum = new DateOnly(2026, 11, 2), Resultaat = resultaat };

    private static List<Examenresultaat> AlleExamens(Taalniveau niveau) =>
        [.. Enum.GetValues<Examenonderdeel>().Select(o => Examen(o, niveau))];

    private static Examenresultaat Examen(Examenonderdeel onderdeel, Taalniveau niveau, ExamenUitkomst resultaat = ExamenUitkomst.Behaald) =>
        new()
        {
            Id = Guid.NewGuid(),
            Gemeente = "0599",
            Onderdeel = onderdeel,
            Examendatum = new DateOnly(2026, 6, 1),
            Niveau = niveau,
            Resultaat = resultaat,
            GeregistreerdDoor = "test",
        };
}
