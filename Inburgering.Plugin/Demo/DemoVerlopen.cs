using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Handhaving;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// The steps of each <see cref="DemoVerloop"/>, dated back from today. The offsets are chosen so the deadline scan opens
/// its tasks on any day: a PIP due within 14 days or overdue, a PVT and a MAP to register, a voortgangsgesprek, and a
/// termijn that ends within 6 months.
/// </summary>
internal static class DemoVerlopen
{
    private static readonly DateOnly s_koppeldatum2023 = new(2023, 1, 9);

    /// <summary>Returns the koppeldatum of a dossier of <paramref name="verloop"/>.</summary>
    public static DateOnly Koppeldatum(DemoVerloop verloop, DateOnly vandaag) => verloop switch
    {
        DemoVerloop.Gekoppeld => vandaag.AddDays(-7),
        DemoVerloop.GekoppeldPipBinnenkort => vandaag.AddDays(-62),
        DemoVerloop.IntakeGestart => vandaag.AddDays(-90),
        DemoVerloop.IntakeAfgerondPipVerlengd => vandaag.AddDays(-80),
        DemoVerloop.PipGeschakeld => vandaag.AddDays(-150),
        DemoVerloop.InTrajectBegeleid => vandaag.AddDays(-260),
        DemoVerloop.InTrajectAfgeschaald => vandaag.AddDays(-700),
        DemoVerloop.InTrajectTermijnEindigt => vandaag.AddDays(-1110),
        DemoVerloop.InTrajectVerlengd => vandaag.AddDays(-1200),
        DemoVerloop.Voldaan2023 => s_koppeldatum2023,
        DemoVerloop.Voldaan => vandaag.AddDays(-900),
        DemoVerloop.Ontheffing => vandaag.AddDays(-400),
        DemoVerloop.Vertrokken => vandaag.AddDays(-100),
        _ => throw new ArgumentOutOfRangeException(nameof(verloop), verloop, null),
    };

    /// <summary>Adds the steps of <paramref name="verloop"/> to the dossier that <paramref name="opbouw"/> builds.</summary>
    public static void Bouw(DemoVerloop verloop, DemoDossierOpbouw opbouw, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(opbouw);

        DateOnly Dag(int offset) => vandaag.AddDays(offset);

        switch (verloop)
        {
            case DemoVerloop.Gekoppeld:
                break;

            case DemoVerloop.GekoppeldPipBinnenkort:
                opbouw.DuoKennisgeving(Dag(-60));
                break;

            case DemoVerloop.IntakeGestart:
                opbouw.DuoKennisgeving(Dag(-80));
                opbouw.StartIntake(Dag(-30));
                break;

            case DemoVerloop.IntakeAfgerondPipVerlengd:
                opbouw.DuoKennisgeving(Dag(-75));
                opbouw.RondIntakeAf(opbouw.StartIntake(Dag(-45)), Dag(-40), 30, Dag(-20), Leerroute.B1Route);
                opbouw.VerlengPipTermijn(Dag(-30), Dag(-5));
                break;

            case DemoVerloop.PipGeschakeld:
                opbouw.DuoKennisgeving(Dag(-145));
                opbouw.RondIntakeAf(opbouw.StartIntake(Dag(-140)), Dag(-130), 29, Dag(-120), Leerroute.B1Route);
                opbouw.StelPipVast(Dag(-110), PipSoort.Eerste, B1Route());
                opbouw.StelPipVast(Dag(-20), PipSoort.Schakelen, ZRoute());
                opbouw.Pvt(Dag(-3), duoGeregistreerdOp: null);
                break;

            case DemoVerloop.InTrajectBegeleid:
                opbouw.DuoKennisgeving(Dag(-255));
                opbouw.RondIntakeAf(opbouw.StartIntake(Dag(-250)), Dag(-240), 33, Dag(-230), Leerroute.B1Route);
                opbouw.StelPipVast(Dag(-220), PipSoort.Eerste, B1Route() with
                {
                    Ontzorgen = true,
                    OntzorgenToelichting = "Huur, energie en zorgverzekering de eerste 6 maanden.",
                    MaatschappelijkeBegeleiding = true,
                    MaatschappelijkeBegeleidingToelichting = "Begeleiding door VluchtelingenWerk.",
                });
                opbouw.Ontzorgen(Dag(-240), Dag(-220));
                opbouw.MaatschappelijkeBegeleiding(Dag(-220));
                opbouw.StartTraject(Dag(-200));
                opbouw.Pvt(Dag(-150), Dag(-145));
                opbouw.Uren(UrenSoort.Nt2Fysiek, 40m, 6, vandaag, "Taalschool De Brug");
                opbouw.Uren(UrenSoort.Nt2Online, 12m, 6, vandaag, "Taalschool De Brug");
                opbouw.Uren(UrenSoort.Knm, 8m, 3, vandaag, "Taalschool De Brug");
                opbouw.Uren(UrenSoort.Participatie, 10m, 6, vandaag, "Buurthuis");
                opbouw.Knm(KnmStatus.Bezig);
                opbouw.Examen(Examenonderdeel.Lezen, Dag(-30), Taalniveau.B1, ExamenUitkomst.Behaald);
                opbouw.Examen(Examenonderdeel.Luisteren, Dag(-30), Taalniveau.B1, ExamenUitkomst.NietBehaald);
                opbouw.GehoudenGesprek(Om(Dag(-100)));
                opbouw.GeplandGesprek(Om(Dag(7)));
                break;

            case DemoVerloop.InTrajectAfgeschaald:
                opbouw.DuoKennisgeving(Dag(-695));
                opbouw.RondIntakeAf(opbouw.StartIntake(Dag(-690)), Dag(-680), 28, Dag(-670), Leerroute.B1Route);
                opbouw.StelPipVast(Dag(-660), PipSoort.Eerste, B1Route());
                opbouw.StartTraject(Dag(-640));
                opbouw.Pvt(Dag(-500), Dag(-495));
                opbouw.Uren(UrenSoort.Nt2Fysiek, 50m, 12, vandaag, "Taalschool De Brug");
                opbouw.Uren(UrenSoort.Nt2Online, 10m, 6, vandaag, "Taalschool De Brug");
                opbouw.Examen(Examenonderdeel.Spreken, Dag(-90), Taalniveau.B1, ExamenUitkomst.NietBehaald);
                opbouw.Examen(Examenonderdeel.Spreken, Dag(-45), Taalniveau.B1, ExamenUitkomst.NietBehaald);
                opbouw.StelPipVast(Dag(-15), PipSoort.Afschalen, B1Route() with { Niveau = PipNiveau.A2 }, afschalenNaUren: 660m);
                break;

            case DemoVerloop.InTrajectTermijnEindigt:
                opbouw.DuoKennisgeving(Dag(-1100));
                opbouw.RondIntakeAf(opbouw.StartIntake(Dag(-1095)), Dag(-1090), 35, Dag(-1080), Leerroute.B1Route);
                opbouw.StelPipVast(Dag(-1000), PipSoort.Eerste, B1Route());
                opbouw.StartTraject(Dag(-980));
                opbouw.Pvt(Dag(-900), Dag(-895));
                opbouw.Knm(KnmStatus.CursusAfgerond);
                opbouw.Examen(Examenonderdeel.Lezen, Dag(-200), Taalniveau.B1, ExamenUitkomst.Behaald);
                opbouw.Examen(Examenonderdeel.Luisteren, Dag(-200), Taalniveau.B1, ExamenUitkomst.Behaald);
                opbouw.Uren(UrenSoort.Participatie, 8m, 3, vandaag, "Buurthuis");
                opbouw.HandhavingFeit(Dag(-60), PipVerplichting.Knm);
                opbouw.Map(Dag(-2), duoGeregistreerdOp: null);
                break;

            case DemoVerloop.InTrajectVerlengd:
                opbouw.DuoKennisgeving(Dag(-1190));
                opbouw.RondIntakeAf(opbouw.StartIntake(Dag(-1185)), Dag(-1180), 31, Dag(-1170), Leerroute.B1Route);
                opbouw.StelPipVast(Dag(-1100), PipSoort.Eerste, B1Route());
                opbouw.StartTraject(Dag(-1080));
                opbouw.Pvt(Dag(-1000), Dag(-996));
                opbouw.Examen(Examenonderdeel.Schrijven, Dag(-120), Taalniveau.B1, ExamenUitkomst.Behaald);
                opbouw.VerlengTermijn(Dag(-40), Dag(120));
                break;

            case DemoVerloop.Voldaan2023:
                // Fixed dates from 2023, so the leerbaarheidstoets falls before 12 April 2023 and has the old cesuur of 31.
                opbouw.DuoKennisgeving(new DateOnly(2023, 1, 12));
                opbouw.RondIntakeAf(opbouw.StartIntake(new DateOnly(2023, 2, 1)), new DateOnly(2023, 3, 15), 33, new DateOnly(2023, 3, 20), Leerroute.B1Route);
                opbouw.StelPipVast(new DateOnly(2023, 4, 3), PipSoort.Eerste, B1Route());
                opbouw.StartTraject(new DateOnly(2023, 4, 17));
                opbouw.Pvt(new DateOnly(2023, 9, 14), new DateOnly(2023, 9, 18));
                opbouw.Map(new DateOnly(2024, 2, 20), new DateOnly(2024, 2, 26));
                opbouw.Knm(KnmStatus.ExamenBehaald, new DateOnly(2024, 11, 12), ExamenUitkomst.Behaald);
                foreach (var onderdeel in new[] { Examenonderdeel.Lezen, Examenonderdeel.Luisteren, Examenonderdeel.Spreken, Examenonderdeel.Schrijven })
                {
                    opbouw.Examen(onderdeel, new DateOnly(2025, 5, 20), Taalniveau.B1, ExamenUitkomst.Behaald);
                }

                opbouw.Examen(Examenonderdeel.Knm, new DateOnly(2024, 11, 12), Taalniveau.A2, ExamenUitkomst.Behaald);
                opbouw.Voldaan(new DateOnly(2025, 6, 30));
                break;

            case DemoVerloop.Voldaan:
                opbouw.DuoKennisgeving(Dag(-895));
                opbouw.RondIntakeAf(opbouw.StartIntake(Dag(-890)), Dag(-885), 20, Dag(-880), Leerroute.ZRoute);
                opbouw.StelPipVast(Dag(-870), PipSoort.Eerste, ZRoute());
                opbouw.StartTraject(Dag(-850));
                opbouw.Pvt(Dag(-700), Dag(-695));
                opbouw.Map(Dag(-400), Dag(-395));
                opbouw.Knm(KnmStatus.CursusAfgerond);
                opbouw.Voldaan(Dag(-20));
                break;

            case DemoVerloop.Ontheffing:
                opbouw.DuoKennisgeving(Dag(-395));
                opbouw.RondIntakeAf(opbouw.StartIntake(Dag(-390)), Dag(-385), 30, Dag(-380), Leerroute.B1Route);
                opbouw.StelPipVast(Dag(-370), PipSoort.Eerste, B1Route());
                opbouw.StartTraject(Dag(-350));
                opbouw.Ontheffing(Dag(-30));
                break;

            case DemoVerloop.Vertrokken:
                opbouw.DuoKennisgeving(Dag(-95));
                opbouw.StartIntake(Dag(-60));
                opbouw.Vertrokken(Dag(-15));
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(verloop), verloop, null);
        }
    }

    private static PipInhoud B1Route() => new()
    {
        Leerroute = Leerroute.B1Route,
        Niveau = PipNiveau.B1,
        Ondersteuning = "Taalles 3 dagdelen per week.",
        IntensiteitPvt = "Workshops in 3 maanden.",
        IntensiteitMap = "64 uur, waarvan 24 uur praktijk.",
        Knm = "KNM-cursus van 10 lessen.",
    };

    private static PipInhoud ZRoute() => new()
    {
        Leerroute = Leerroute.ZRoute,
        Niveau = PipNiveau.A1,
        Ondersteuning = "Z-route van 800 uur met taal en participatie.",
        IntensiteitPvt = "Workshops in 3 maanden.",
        IntensiteitMap = "Opgenomen in de Z-route.",
        Knm = "Opgenomen in de Z-route.",
    };

    /// <summary>Returns 10:00 in Amsterdam on <paramref name="dag"/>, the time of the demo's voortgangsgesprekken.</summary>
    private static DateTimeOffset Om(DateOnly dag) =>
        AmsterdamMoment.Parse(dag, "10:00").Moment ?? throw new InvalidOperationException("10:00 is a valid time on every day.");
}
