using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Leerroutes;
using Intake = Inburgering.Plugin.BredeIntake.BredeIntake;

namespace Inburgering.Plugin.Tests.BredeIntake;

/// <summary>What completing an intake needs: every part, the test or its vrijstelling, and a chosen leerroute.</summary>
public sealed class AfrondingTests
{
    [Test]
    public void Ontbrekend_EmptyIntake_ListsEveryPartAndLeerroute()
    {
        var ontbrekend = Afronding.Ontbrekend(new Intake { Gemeente = "0599" });

        Assert.That(ontbrekend.Select(m => m.Nl), Is.EqualTo(new[]
        {
            "Het onderdeel Zelfredzaamheid is nog niet ingevuld.",
            "Het onderdeel Huidig niveau Nederlands is nog niet ingevuld.",
            "Het onderdeel Leerbaarheidstoets is nog niet ingevuld.",
            "Het onderdeel Opleiding en werkervaring in het land van herkomst is nog niet ingevuld.",
            "Het onderdeel Gezondheid, lichamelijk en psychisch is nog niet ingevuld.",
            "Het onderdeel Gezinssituatie en sociaal netwerk is nog niet ingevuld.",
            "Het onderdeel VVE: mogelijkheden voor jonge kinderen is nog niet ingevuld.",
            "Het onderdeel Mogelijkheden voor werk en participatie is nog niet ingevuld.",
            "Het onderdeel Digitale vaardigheden is nog niet ingevuld.",
            "Het onderdeel Ontwikkelwensen is nog niet ingevuld.",
            "Het onderdeel Tolk is nog niet ingevuld.",
            "Er is nog geen leerroute gekozen. Kies de leerroute voor het PIP.",
        }));
    }

    [Test]
    public void Ontbrekend_CompleteIntake_IsEmpty()
    {
        Assert.That(Afronding.Ontbrekend(Complete()), Is.Empty);
    }

    [Test]
    public void Ontbrekend_HealthNotDiscussed_CountsAsFilled()
    {
        var intake = Complete();
        intake.GezondheidLichamelijk = null;
        intake.GezondheidPsychisch = null;
        intake.GezondheidNietBesproken = true;
        intake.GezondheidNietBesprokenReden = "De persoon wilde er niet over praten.";

        Assert.That(Afronding.Ontbrekend(intake), Is.Empty);
    }

    [Test]
    public void Ontbrekend_HealthNotDiscussedWithoutReason_ListsHealth()
    {
        var intake = Complete();
        intake.GezondheidLichamelijk = null;
        intake.GezondheidNietBesproken = true;

        Assert.That(Afronding.Ontbrekend(intake).Select(m => m.Nl), Is.EqualTo(new[] { "Het onderdeel Gezondheid, lichamelijk en psychisch is nog niet ingevuld." }));
    }

    [Test]
    public void Ontbrekend_TestTakenWithoutScore_ListsTest()
    {
        var intake = Complete();
        intake.LeerbaarheidstoetsScore = null;

        Assert.That(Afronding.Ontbrekend(intake).Select(m => m.Nl), Is.EqualTo(new[]
        {
            "Het onderdeel Leerbaarheidstoets is nog niet ingevuld.",
            "De gekozen leerroute (B1-route) wijkt af van het advies uit de leerbaarheidstoets, of er is geen advies. Vul de afwijkingsreden in bij de leerroute.",
        }));
    }

    [Test]
    public void Ontbrekend_VrijstellingWithoutReason_AsksForAfwijkingsreden()
    {
        var intake = Complete();
        intake.LeerbaarheidstoetsAfname = LeerbaarheidstoetsAfname.VrijstellingAuditieveBeperking;
        intake.LeerbaarheidstoetsScore = null;
        intake.LeerbaarheidstoetsDatum = null;
        intake.LeerbaarheidstoetsCesuur = null;

        Assert.That(Afronding.Ontbrekend(intake).Select(m => m.Nl), Is.EqualTo(new[]
        {
            "De gekozen leerroute (B1-route) wijkt af van het advies uit de leerbaarheidstoets, of er is geen advies. Vul de afwijkingsreden in bij de leerroute.",
        }));
    }

    [Test]
    public void Ontbrekend_DeviationWithReason_IsEmpty()
    {
        var intake = Complete();
        intake.GekozenLeerroute = Leerroute.Onderwijsroute;
        intake.Afwijkingsreden = "Jonge persoon met een diploma havo; taalschakeltraject naar het mbo.";

        Assert.That(Afronding.Ontbrekend(intake), Is.Empty);
    }

    /// <summary>An intake with every part filled in, a score of 30 on 1 December 2026 (cesuur 28) and the advised B1-route.</summary>
    internal static Intake Complete() => new()
    {
        Gemeente = "0599",
        Zelfredzaamheid = Zelfredzaamheid.Zelfredzaam,
        NiveauNederlands = NiveauNederlands.A1,
        AlfabetiseringNodig = false,
        LeerbaarheidstoetsAfname = LeerbaarheidstoetsAfname.Afgenomen,
        LeerbaarheidstoetsScore = 30,
        LeerbaarheidstoetsDatum = new DateOnly(2026, 12, 1),
        LeerbaarheidstoetsCesuur = 28,
        OpleidingHerkomstland = "Middelbare school, zes jaar",
        WerkervaringHerkomstland = "Kapper, vier jaar",
        GezondheidLichamelijk = "Geen bijzonderheden",
        GezondheidPsychisch = "Geen bijzonderheden",
        Gezinssituatie = "Gehuwd, twee kinderen",
        SociaalNetwerk = "Buren en een sportclub",
        AantalKinderenJongerDanVier = 1,
        Werknemersvaardigheden = "Komt op tijd",
        Werkervaring = "Kapper",
        PraktischeCompetenties = "Knippen en verven",
        DigitaleVaardigheden = DigitaleVaardigheid.Basis,
        Ontwikkelwensen = "Een eigen kapsalon",
        TolkNodig = false,
        GekozenLeerroute = Leerroute.B1Route,
    };
}
