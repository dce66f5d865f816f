using Host.Abstractions;
using Inburgering.Plugin.Aanbieders;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Portaal;

namespace Inburgering.Plugin.Tests.Portaal;

public sealed class LeveringFormulierTests
{
    private static readonly Aanbieder s_brug = new()
    {
        Gemeente = "0599",
        Naam = "Taalschool De Brug",
        KvkNummer = "90059901",
        Vestigingsnummer = "000012345678",
        GeregistreerdDoor = "beheerder-1",
    };

    [Test]
    public void Bouw_AllFields_FillsEveryColumn()
    {
        var request = Request(
            ("periodeVan", "1-11-2026"), ("periodeTot", "2026-11-30"), ("urenAangeboden", "40"), ("urenGevolgdFysiek", "30,5"),
            ("urenGevolgdOnline", "4"), ("urenGeoorloofdVerzuim", "2"), ("urenOngeoorloofdVerzuim", "3.5"), ("niveauLezen", "A2"),
            ("niveauLuisteren", "B1"), ("niveauSpreken", "A1"), ("niveauSchrijven", "A0"), ("examenOnderdeel", "LEZEN"),
            ("examenDatum", "20-11-2026"), ("examenResultaat", "BEHAALD"), ("startdatum", "2-9-2026"), ("einddatum", "30-11-2026"),
            ("uitvalreden", "Verhuisd"), ("opmerking", "Goed gegaan"));

        var (regel, fouten) = LeveringFormulier.Bouw(request, "portaal-1", s_brug, "999993653", Cursusonderdeel.Taal);

        Assert.That(fouten, Is.Empty);
        Assert.That(regel!.Regelnummer, Is.EqualTo(1));
        Assert.That(regel.Waarden, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["levering_id"] = "portaal-1",
            ["aanbieder_kvk"] = "90059901",
            ["vestigingsnummer"] = "000012345678",
            ["bsn"] = "999993653",
            ["onderdeel"] = "TAAL",
            ["periode_van"] = "2026-11-01",
            ["periode_tot"] = "2026-11-30",
            ["uren_aangeboden"] = "40",
            ["uren_gevolgd_fysiek"] = "30,5",
            ["uren_gevolgd_online"] = "4",
            ["uren_geoorloofd_verzuim"] = "2",
            ["uren_ongeoorloofd_verzuim"] = "3.5",
            ["niveau_lezen"] = "A2",
            ["niveau_luisteren"] = "B1",
            ["niveau_spreken"] = "A1",
            ["niveau_schrijven"] = "A0",
            ["examen_onderdeel"] = "LEZEN",
            ["examen_datum"] = "2026-11-20",
            ["examen_resultaat"] = "BEHAALD",
            ["startdatum"] = "2026-09-02",
            ["einddatum"] = "2026-11-30",
            ["uitvalreden"] = "Verhuisd",
            ["opmerking"] = "Goed gegaan",
        }));
    }

    [Test]
    public void Bouw_InvalidDates_NamesEachField()
    {
        var request = Request(("periodeVan", "2026-02-30"), ("periodeTot", "30/11/2026"), ("urenAangeboden", "40"));

        var (regel, fouten) = LeveringFormulier.Bouw(request, "portaal-1", s_brug, "999993653", Cursusonderdeel.Knm);

        Assert.That(regel, Is.Null);
        Assert.That(fouten, Is.EqualTo(new[]
        {
            new FieldError("periodeVan", new LocalizedText(
                "'2026-02-30' is geen datum. Vul periode van in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "'2026-02-30' is not a date. Enter period from as dd-mm-yyyy, for example 04-12-2026.")),
            new FieldError("periodeTot", new LocalizedText(
                "'30/11/2026' is geen datum. Vul periode tot en met (peildatum) in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "'30/11/2026' is not a date. Enter period to (reference date) as dd-mm-yyyy, for example 04-12-2026.")),
        }));
    }

    [Test]
    public void Bouw_LeapDay_IsAccepted()
    {
        var (regel, fouten) = LeveringFormulier.Bouw(Request(("periodeVan", "29-2-2028")), "portaal-1", s_brug, "999993653", Cursusonderdeel.Knm);

        Assert.That(fouten, Is.Empty);
        Assert.That(regel!.Waarde("periode_van"), Is.EqualTo("2028-02-29"));
    }

    [TestCase("periode_van", "periodeVan")]
    [TestCase("periode_tot", "periodeTot")]
    [TestCase("uren_aangeboden", "urenAangeboden")]
    [TestCase("uren_gevolgd_fysiek", "urenGevolgdFysiek")]
    [TestCase("uren_gevolgd_online", "urenGevolgdOnline")]
    [TestCase("uren_geoorloofd_verzuim", "urenGeoorloofdVerzuim")]
    [TestCase("uren_ongeoorloofd_verzuim", "urenOngeoorloofdVerzuim")]
    [TestCase("niveau_lezen", "niveauLezen")]
    [TestCase("niveau_luisteren", "niveauLuisteren")]
    [TestCase("niveau_spreken", "niveauSpreken")]
    [TestCase("niveau_schrijven", "niveauSchrijven")]
    [TestCase("examen_onderdeel", "examenOnderdeel")]
    [TestCase("examen_datum", "examenDatum")]
    [TestCase("examen_resultaat", "examenResultaat")]
    [TestCase("startdatum", "startdatum")]
    [TestCase("einddatum", "einddatum")]
    [TestCase("uitvalreden", "uitvalreden")]
    [TestCase("opmerking", "opmerking")]
    [TestCase("bsn", "")]
    [TestCase("aanbieder_kvk", "")]
    [TestCase("levering_id", "")]
    [TestCase(null, "")]
    public void VeldVan_Kolom_ReturnsFormField(string? kolom, string veld)
    {
        Assert.That(LeveringFormulier.VeldVan(kolom), Is.EqualTo(veld));
    }

    private static ActionRequest Request(params (string Key, string? Value)[] values) =>
        new("aanmelding-1", values.ToDictionary(v => v.Key, v => v.Value));
}
