using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Overdracht.Bestand;
using Inburgering.Plugin.Tests.TestDoubles;

namespace Inburgering.Plugin.Tests.Overdracht.Bestand;

/// <summary>Hand-built packages and signed files for the format tests, with test BSN 999993653.</summary>
internal static class TestPakketten
{
    public static readonly Guid PakketId = Guid.Parse("6f1c2f43-2b7e-4f55-9a53-0d4f2b1d8e01");

    public static readonly Guid AfzenderDossierId = Guid.Parse("1b0e6a51-8c1f-4f0e-bb2c-5a9e3e7f4c10");

    /// <summary>A package with every part filled in, from Rotterdam (0599) to 's-Gravenhage (0518).</summary>
    public static OverdrachtPakket Volledig() => new()
    {
        Id = PakketId,
        AangemaaktOp = new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.FromHours(1)),
        Afzender = new OverdrachtAfzender("0599", AfzenderDossierId) { GemeenteNaam = "Rotterdam", VerzondenDoor = "demo-0599-consulent" },
        OntvangerGemeente = "0518",
        Inburgeraar = new OverdrachtInburgeraar("Gezinsmigrant", "Wi2021", new DateOnly(2025, 3, 10))
        {
            Bsn = "999993653",
            Naam = "Suzanne Moulin",
            Geboortedatum = "19850412",
            DuoKennisgevingOp = new DateOnly(2025, 3, 1),
        },
        Intake = new OverdrachtIntake(new DateOnly(2025, 4, 15))
        {
            Zelfredzaamheid = "GedeeltelijkZelfredzaam",
            NiveauNederlands = "A1",
            AlfabetiseringNodig = false,
            LeerbaarheidstoetsAfname = "Afgenomen",
            LeerbaarheidstoetsScore = 62,
            LeerbaarheidstoetsDatum = new DateOnly(2025, 4, 2),
            LeerbaarheidstoetsCesuur = 50,
            DigitaleVaardigheden = "Basis",
            GekozenLeerroute = "B1Route",
        },
        Gezondheid = new OverdrachtGezondheid("Lesrooster aanpassen: behandeling twee ochtenden per week.") { Lichamelijk = "Fysiotherapie" },
        PipVersies =
        [
            new OverdrachtPipVersie(1, "Eerste", new DateOnly(2025, 5, 20), "B1Route", "B1") { IntensiteitPvt = "Groep", Ontzorgen = true },
            new OverdrachtPipVersie(2, "Wijziging", new DateOnly(2026, 2, 28), "B1Route", "B1") { Wijzigingsreden = "Ander lesrooster" },
        ],
        DagtekeningEerstePip = new DateOnly(2025, 5, 20),
        Leerroute = "B1Route",
        Verlengingen = [new OverdrachtVerlenging(new DateOnly(2028, 11, 20), "Ziekte") { Besluitnemer = "Gemeente", Besluitdatum = new DateOnly(2026, 6, 1) }],
        Uren = [new OverdrachtUren("Nt2Fysiek", new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 31), 212.5m) { MetKeurmerk = true, Aanbieder = "Taalschool Maas" }],
        Pvt = new OverdrachtOnderdeel { Resultaat = "Voldaan", Datum = new DateOnly(2025, 9, 12), DuoGeregistreerdOp = new DateOnly(2025, 9, 15) },
        Map = new OverdrachtOnderdeel(),
        Knm = new OverdrachtKnm("Bezig"),
        Examens = [new OverdrachtExamen("Lezen", new DateOnly(2026, 10, 5), "B1", "Behaald") { Score = 7.5m }],
        OpenAfspraken = [new OverdrachtAfspraak("aanmelding", "NT2 B1 bij Taalschool Maas", new DateOnly(2026, 1, 5)) { Tot = new DateOnly(2027, 1, 4) }],
    };

    /// <summary>Returns the payload JSON of <paramref name="pakket"/>, as the format writes it, for a test to change.</summary>
    public static JsonObject AlsJson(OverdrachtPakket pakket) =>
        JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(pakket, OverdrachtJsonContext.Default.OverdrachtPakket))!.AsObject();

    /// <summary>Signs any payload JSON as a file, with <paramref name="signing"/>'s key.</summary>
    public static async Task<byte[]> OndertekenAsync(TestDocumentSigning signing, JsonNode payload, string typ = JwsKop.Type)
    {
        var kop = new JsonObject { ["alg"] = signing.Current.Algorithm, ["kid"] = signing.Current.KeyId, ["typ"] = typ, ["cty"] = JwsKop.ContentType };
        var jws = new OverdrachtJws(
            OverdrachtJws.Codeer(Encoding.UTF8.GetBytes(kop.ToJsonString())),
            OverdrachtJws.Codeer(Encoding.UTF8.GetBytes(payload.ToJsonString())),
            string.Empty);
        var handtekening = await signing.SignAsync(jws.SigningInput, CancellationToken.None);

        return (jws with { Signature = OverdrachtJws.Codeer(handtekening) }).Schrijf();
    }

    /// <summary>Returns the envelope of a signed file as JSON, for a test to change.</summary>
    public static JsonObject Envelop(byte[] bestand) => JsonNode.Parse(bestand)!.AsObject();
}
