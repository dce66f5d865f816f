using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Termijn;
using Inburgering.Plugin.Uren;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Builds the receiver's dossier and its carried-over parts from a package that passed
/// <see cref="OverdrachtPakketControle"/>. That check covers every code parsed here, so an unchecked package can
/// throw <see cref="ArgumentException"/>.
/// </summary>
internal static class OverdrachtDossier
{
    /// <summary>Returns the new dossier of gemeente <paramref name="gemeente"/>, linked on <paramref name="vandaag"/>.</summary>
    public static Dossier Maak(OverdrachtPakket pakket, string gemeente, DateOnly vandaag, string userId, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(pakket);

        var inburgeraar = pakket.Inburgeraar;
        var dossier = new Dossier
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente,
            Bsn = inburgeraar.Bsn,
            VNummer = inburgeraar.VNummer,
            Naam = inburgeraar.Naam,
            Geboortedatum = inburgeraar.Geboortedatum,
            Doelgroep = Enum.Parse<Doelgroep>(inburgeraar.Doelgroep),
            WetRegime = Enum.Parse<WetRegime>(inburgeraar.WetRegime),
            DuoKennisgevingOp = inburgeraar.DuoKennisgevingOp,
            Koppeldatum = vandaag,
            Status = pakket.DagtekeningEerstePip is null ? DossierStatus.Gekoppeld : DossierStatus.PipVastgesteld,
            StatusSinds = vandaag,
            GeregistreerdOp = nu,
            GeregistreerdDoor = userId,
        };

        if (pakket.DagtekeningEerstePip is { } dagtekening)
        {
            dossier.LegDagtekeningEerstePipVast(dagtekening);
        }

        return dossier;
    }

    /// <summary>Adds the intake summary, PIP history, verlengingen, hours, onderdelen and exams of the package to <paramref name="db"/>.</summary>
    public static void VoegOnderdelenToe(InburgeringDbContext db, Dossier dossier, OverdrachtPakket pakket, string userId, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(pakket);

        var afzender = pakket.Afzender.Gemeente;
        var door = $"gemeente {afzender}";

        if (pakket.Intake is { } intake)
        {
            db.BredeIntakes.Add(Intake(dossier, intake, pakket.Gezondheid, door));
        }

        foreach (var versie in pakket.PipVersies)
        {
            db.PipVersies.Add(PipVersie.Overgenomen(
                dossier.Id, dossier.Gemeente, afzender, versie.Versienummer, Enum.Parse<PipSoort>(versie.Soort), versie.Wijzigingsreden,
                Inhoud(versie), versie.Dagtekening, door, nu));
        }

        var volgnummer = 0;
        foreach (var verlenging in pakket.Verlengingen)
        {
            volgnummer++;
            db.Verlengingen.Add(new Verlenging
            {
                Id = Guid.CreateVersion7(),
                DossierId = dossier.Id,
                Gemeente = dossier.Gemeente,
                Volgnummer = volgnummer,
                Besluitdatum = verlenging.Besluitdatum ?? DateOnly.FromDateTime(pakket.AangemaaktOp.UtcDateTime),
                Beslisser = verlenging.Besluitnemer is { } beslisser ? Enum.Parse<VerlengingBeslisser>(beslisser) : VerlengingBeslisser.Gemeente,
                BeslisserNaam = door,
                Grond = Enum.Parse<VerlengingsGrond>(verlenging.Grond),
                Toelichting = $"Overgenomen van gemeente {afzender}",
                NieuweLaatsteDag = verlenging.NieuweLaatsteDag,
                GeregistreerdOp = nu,
                GeregistreerdDoor = userId,
            });
        }

        foreach (var uren in pakket.Uren)
        {
            db.Urenregels.Add(new Urenregel
            {
                Id = Guid.CreateVersion7(),
                DossierId = dossier.Id,
                Gemeente = dossier.Gemeente,
                Soort = Enum.Parse<UrenSoort>(uren.Soort),
                PeriodeVan = uren.PeriodeVan,
                PeriodeTot = uren.PeriodeTot,
                Uren = uren.Uren,
                MetKeurmerk = uren.MetKeurmerk,
                Aanbieder = uren.Aanbieder,
                GeregistreerdOp = nu,
                GeregistreerdDoor = userId,
            });
        }

        VoegVoortgangToe(db, dossier, pakket, userId, nu);
    }

    private static void VoegVoortgangToe(InburgeringDbContext db, Dossier dossier, OverdrachtPakket pakket, string userId, DateTimeOffset nu)
    {
        if (pakket.Pvt is { } pvt)
        {
            db.PvtOnderdelen.Add(new PvtOnderdeel
            {
                DossierId = dossier.Id,
                Gemeente = dossier.Gemeente,
                Resultaat = Resultaat(pvt.Resultaat),
                DatumOndertekening = pvt.Datum,
                DuoGeregistreerdOp = pvt.DuoGeregistreerdOp,
            });
        }

        if (pakket.Map is { } map)
        {
            db.MapOnderdelen.Add(new MapOnderdeel
            {
                DossierId = dossier.Id,
                Gemeente = dossier.Gemeente,
                Resultaat = Resultaat(map.Resultaat),
                DatumEindgesprek = map.Datum,
                DuoGeregistreerdOp = map.DuoGeregistreerdOp,
            });
        }

        if (pakket.Knm is { } knm)
        {
            db.KnmOnderdelen.Add(new KnmOnderdeel
            {
                DossierId = dossier.Id,
                Gemeente = dossier.Gemeente,
                Status = Enum.Parse<KnmStatus>(knm.Status),
                Examendatum = knm.Examendatum,
                Examenresultaat = knm.Examenresultaat is { } uitkomst ? Enum.Parse<ExamenUitkomst>(uitkomst) : null,
            });
        }

        foreach (var examen in pakket.Examens)
        {
            db.Examenresultaten.Add(new Examenresultaat
            {
                Id = Guid.CreateVersion7(),
                DossierId = dossier.Id,
                Gemeente = dossier.Gemeente,
                Onderdeel = Enum.Parse<Examenonderdeel>(examen.Onderdeel),
                Examendatum = examen.Examendatum,
                Niveau = Enum.Parse<Taalniveau>(examen.Niveau),
                Resultaat = Enum.Parse<ExamenUitkomst>(examen.Resultaat),
                Score = examen.Score,
                GeregistreerdOp = nu,
                GeregistreerdDoor = userId,
            });
        }
    }

    private static OnderdeelResultaat? Resultaat(string? code) => code is null ? null : Enum.Parse<OnderdeelResultaat>(code);

    private static PipInhoud Inhoud(OverdrachtPipVersie versie) => new()
    {
        Leerroute = Enum.Parse<Leerroute>(versie.Leerroute),
        Niveau = Enum.Parse<PipNiveau>(versie.Niveau),
        Ondersteuning = versie.Ondersteuning,
        IntensiteitPvt = versie.IntensiteitPvt,
        IntensiteitMap = versie.IntensiteitMap,
        Knm = versie.Knm,
        Ontzorgen = versie.Ontzorgen,
        MaatschappelijkeBegeleiding = versie.MaatschappelijkeBegeleiding,
        Vve = versie.Vve,
    };

    /// <summary>
    /// Returns the carried-over intake as finished on the sender's day. The health notes are filled only when the
    /// package carries them with a reason.
    /// </summary>
    private static BredeIntake.BredeIntake Intake(Dossier dossier, OverdrachtIntake intake, OverdrachtGezondheid? gezondheid, string door) => new()
    {
        DossierId = dossier.Id,
        Gemeente = dossier.Gemeente,
        Zelfredzaamheid = intake.Zelfredzaamheid is { } z ? Enum.Parse<Zelfredzaamheid>(z) : null,
        NiveauNederlands = intake.NiveauNederlands is { } n ? Enum.Parse<NiveauNederlands>(n) : null,
        AlfabetiseringNodig = intake.AlfabetiseringNodig,
        LeerbaarheidstoetsAfname = intake.LeerbaarheidstoetsAfname is { } l ? Enum.Parse<LeerbaarheidstoetsAfname>(l) : null,
        LeerbaarheidstoetsScore = intake.LeerbaarheidstoetsScore,
        LeerbaarheidstoetsDatum = intake.LeerbaarheidstoetsDatum,
        LeerbaarheidstoetsCesuur = intake.LeerbaarheidstoetsCesuur,
        OpleidingHerkomstland = intake.OpleidingHerkomstland,
        WerkervaringHerkomstland = intake.WerkervaringHerkomstland,
        GezondheidLichamelijk = gezondheid?.Lichamelijk,
        GezondheidPsychisch = gezondheid?.Psychisch,
        DigitaleVaardigheden = intake.DigitaleVaardigheden is { } d ? Enum.Parse<DigitaleVaardigheid>(d) : null,
        TolkNodig = intake.TolkNodig,
        TolkTaal = intake.TolkTaal,
        GekozenLeerroute = intake.GekozenLeerroute is { } r ? Enum.Parse<Leerroute>(r) : null,
        Afwijkingsreden = intake.Afwijkingsreden,
        Ontwikkelwensen = intake.Ontwikkelwensen,
        GestartOp = intake.AfgerondOp,
        AfgerondOp = intake.AfgerondOp,
        AfgerondDoor = door,
        ConcurrencyStamp = Guid.NewGuid(),
    };
}
