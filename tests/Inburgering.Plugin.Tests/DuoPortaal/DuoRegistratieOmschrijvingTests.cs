using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Voortgang;

namespace Inburgering.Plugin.Tests.DuoPortaal;

/// <summary>The line that shows an employee what to register, and which kind an adopted PIP version is.</summary>
public sealed class DuoRegistratieOmschrijvingTests
{
    [Test]
    public void Omschrijving_Pvt_NamesSigningDate()
    {
        var tekst = DuoRegistratieOmschrijving.Van(Registratie(DuoRegistratieSoort.PvtOndertekend));

        Assert.That(tekst.Nl, Is.EqualTo("PVT ondertekend op 03-12-2026"));
        Assert.That(tekst.En, Is.EqualTo("PVT signed on 03-12-2026"));
    }

    [Test]
    public void Omschrijving_Map_NamesResultAndInterview()
    {
        var registratie = Registratie(DuoRegistratieSoort.MapResultaat);
        registratie.Resultaat = OnderdeelResultaat.NietVoldaan;

        Assert.That(DuoRegistratieOmschrijving.Van(registratie).Nl, Is.EqualTo("MAP niet voldaan, eindgesprek op 03-12-2026"));
    }

    [Test]
    public void Omschrijving_PipVastgesteld_NamesRouteAndDagtekening()
    {
        var registratie = Pip(DuoRegistratieSoort.PipVastgesteld, PipSoort.Eerste);

        Assert.That(DuoRegistratieOmschrijving.Van(registratie).Nl, Is.EqualTo("PIP vastgesteld: B1-route, niveau B1, dagtekening 03-12-2026 (PIP-versie 1)"));
    }

    [TestCase("Schakelen", "Leerroute gewijzigd door schakelen")]
    [TestCase("Afschalen", "Leerroute gewijzigd door afschalen")]
    [TestCase("Verhuizing", "Nieuw PIP na verhuizing, leerroute behouden")]
    public void Omschrijving_LeerrouteGewijzigd_NamesReason(string soort, string begin)
    {
        var registratie = Pip(DuoRegistratieSoort.LeerrouteGewijzigd, Enum.Parse<PipSoort>(soort));

        Assert.That(DuoRegistratieOmschrijving.Van(registratie).Nl, Is.EqualTo($"{begin}: B1-route, niveau B1, dagtekening 03-12-2026 (PIP-versie 1)"));
    }

    [TestCase("Eerste", "PipVastgesteld")]
    [TestCase("Wijziging", "PipVastgesteld")]
    [TestCase("Schakelen", "LeerrouteGewijzigd")]
    [TestCase("Afschalen", "LeerrouteGewijzigd")]
    [TestCase("Verhuizing", "LeerrouteGewijzigd")]
    public void SoortVan_EveryPipSoort_IsMapped(string pipSoort, string verwacht)
    {
        var soort = PipRegistratie.SoortVan(Enum.Parse<PipSoort>(pipSoort));

        Assert.That(soort.ToString(), Is.EqualTo(verwacht));
    }

    private static DuoRegistratie Registratie(DuoRegistratieSoort soort) => new()
    {
        Id = Guid.CreateVersion7(),
        Gemeente = "0599",
        DossierId = Guid.CreateVersion7(),
        Soort = soort,
        Feitversie = "2026-12-03",
        Datum = new DateOnly(2026, 12, 3),
    };

    private static DuoRegistratie Pip(DuoRegistratieSoort soort, PipSoort pipSoort)
    {
        var registratie = Registratie(soort);
        registratie.Leerroute = Leerroute.B1Route;
        registratie.Niveau = PipNiveau.B1;
        registratie.PipVersienummer = 1;
        registratie.PipSoort = pipSoort;
        return registratie;
    }
}
