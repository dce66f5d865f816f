using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Overdracht.Bestand;
using Inburgering.Plugin.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inburgering.Plugin.Tests.Overdracht.Bestand;

/// <summary>Writing and reading the signed package file, with every stage of the checks.</summary>
[TestFixture]
public sealed class OverdrachtBestandFormaatTests
{
    private TestDocumentSigning _rotterdam = null!;

    private TestDocumentSigning _denHaag = null!;

    [SetUp]
    public void SetUp()
    {
        _rotterdam = new TestDocumentSigning("Gemeente Rotterdam");
        _denHaag = new TestDocumentSigning("Gemeente 's-Gravenhage");
    }

    [TearDown]
    public void TearDown()
    {
        _rotterdam.Dispose();
        _denHaag.Dispose();
    }

    [Test]
    public async Task Lees_WrittenPackage_ReturnsEqualPackage()
    {
        var pakket = TestPakketten.Volledig();
        var bestand = await Formaat(_rotterdam).SchrijfAsync(pakket, CancellationToken.None);

        var resultaat = await LeesAsync(_rotterdam, bestand);

        Assert.That(resultaat.Fouten, Is.Empty);
        Assert.That(resultaat.Ondertekenaar, Is.EqualTo("Gemeente Rotterdam"));
        Assert.That(TestPakketten.AlsJson(resultaat.Pakket!).ToJsonString(), Is.EqualTo(TestPakketten.AlsJson(pakket).ToJsonString()));
        Assert.That(resultaat.Pakket!.PipVersies, Has.Count.EqualTo(2));
        Assert.That(resultaat.Pakket.DagtekeningEerstePip, Is.EqualTo(new DateOnly(2025, 5, 20)));
        Assert.That(resultaat.Pakket.Uren[0].Uren, Is.EqualTo(212.5m));
    }

    [Test]
    public async Task Schrijf_Package_WritesFlattenedJws()
    {
        var bestand = await Formaat(_rotterdam).SchrijfAsync(TestPakketten.Volledig(), CancellationToken.None);

        var envelop = TestPakketten.Envelop(bestand);
        var kop = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(envelop["protected"]!.GetValue<string>()));
        var payload = JsonNode.Parse(Base64Url.DecodeFromChars(envelop["payload"]!.GetValue<string>()))!.AsObject();

        Assert.That(envelop.Select(p => p.Key), Is.EqualTo(new[] { "protected", "payload", "signature" }));
        Assert.That(kop, Is.EqualTo($$"""{"alg":"ES256","kid":"{{_rotterdam.Current.KeyId}}","typ":"nl.inburgering.overdracht+json","cty":"application/json"}"""));
        Assert.That(Base64Url.DecodeFromChars(envelop["signature"]!.GetValue<string>()), Has.Length.EqualTo(64));
        Assert.That(payload["inburgeraar"]!["bsn"]!.GetValue<string>(), Is.EqualTo("999993653"));
        Assert.That(payload["dagtekeningEerstePip"]!.GetValue<string>(), Is.EqualTo("2025-05-20"));
        Assert.That(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(envelop["payload"]!.GetValue<string>())), Does.Contain("\"gemeenteNaam\":\"Rotterdam\""));
        Assert.That(payload["aangemaaktOp"]!.GetValue<string>(), Is.EqualTo("2026-12-04T11:00:00+01:00"));
        Assert.That(payload["map"]!.AsObject(), Is.Empty, "null values are not written");
        Assert.That(bestand[0], Is.EqualTo((byte)'{'), "no byte order mark");
    }

    [Test]
    public async Task Lees_OnePayloadByteChanged_RejectsAsIntegrity()
    {
        var bestand = await Formaat(_rotterdam).SchrijfAsync(TestPakketten.Volledig(), CancellationToken.None);
        var envelop = TestPakketten.Envelop(bestand);
        var payload = Base64Url.DecodeFromChars(envelop["payload"]!.GetValue<string>());
        var positie = Encoding.UTF8.GetString(payload).IndexOf("999993653", StringComparison.Ordinal);
        payload[positie + 8] = (byte)'4';
        envelop["payload"] = Base64Url.EncodeToString(payload);

        var resultaat = await LeesAsync(_rotterdam, Encoding.UTF8.GetBytes(envelop.ToJsonString()));

        Assert.That(resultaat.Pakket, Is.Null);
        Assert.That(resultaat.Ondertekenaar, Is.Null);
        Assert.That(resultaat.Fouten, Has.Count.EqualTo(1));
        Assert.That(resultaat.Fouten[0].Pad, Is.EqualTo("$.signature"));
        Assert.That(resultaat.Fouten[0].Melding.En, Does.StartWith("The signature is invalid: the package was changed or damaged after signing."));
    }

    [Test]
    public async Task Lees_SignatureOfOtherFile_RejectsAsIntegrity()
    {
        var eerste = TestPakketten.Envelop(await Formaat(_rotterdam).SchrijfAsync(TestPakketten.Volledig(), CancellationToken.None));
        var tweede = TestPakketten.Envelop(await Formaat(_rotterdam).SchrijfAsync(TestPakketten.Volledig() with { OntvangerGemeente = "0363" }, CancellationToken.None));
        eerste["signature"] = tweede["signature"]!.GetValue<string>();

        var resultaat = await LeesAsync(_rotterdam, Encoding.UTF8.GetBytes(eerste.ToJsonString()));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.signature" }));
    }

    [Test]
    public async Task Lees_UnknownKey_RejectsNamingKid()
    {
        var bestand = await Formaat(_rotterdam).SchrijfAsync(TestPakketten.Volledig(), CancellationToken.None);

        var resultaat = await LeesAsync(_denHaag, bestand);

        Assert.That(resultaat.Pakket, Is.Null);
        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.protected.kid" }));
        Assert.That(resultaat.Fouten[0].Melding.Nl, Does.Contain(_rotterdam.Current.KeyId));
        Assert.That(resultaat.Fouten[0].Melding.En, Does.Contain("Signing:TrustedKeys"));
    }

    [Test]
    public async Task Lees_KeyTrustedByReceiver_ReturnsSenderName()
    {
        _denHaag.Trust(_rotterdam);
        var bestand = await Formaat(_rotterdam).SchrijfAsync(TestPakketten.Volledig(), CancellationToken.None);

        var resultaat = await LeesAsync(_denHaag, bestand);

        Assert.That(resultaat.Fouten, Is.Empty);
        Assert.That(resultaat.Ondertekenaar, Is.EqualTo("Gemeente Rotterdam"));
        Assert.That(resultaat.Pakket!.Id, Is.EqualTo(TestPakketten.PakketId));
    }

    [Test]
    public async Task Lees_OtherAlgorithm_RejectsAtAlg()
    {
        var bestand = await Formaat(_rotterdam).SchrijfAsync(TestPakketten.Volledig(), CancellationToken.None);
        var envelop = TestPakketten.Envelop(bestand);
        var kop = $$"""{"alg":"HS256","kid":"{{_rotterdam.Current.KeyId}}","typ":"nl.inburgering.overdracht+json"}""";
        envelop["protected"] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(kop));

        var resultaat = await LeesAsync(_rotterdam, Encoding.UTF8.GetBytes(envelop.ToJsonString()));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.protected.alg" }));
        Assert.That(resultaat.Fouten[0].Melding.En, Does.Contain("'HS256'"));
    }

    [Test]
    public async Task Lees_NotJson_RejectsWholeFile()
    {
        var resultaat = await LeesAsync(_rotterdam, Encoding.UTF8.GetBytes("BSN;naam\n999993653;Moulin"));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$" }));
        Assert.That(resultaat.Fouten[0].Melding.En, Does.StartWith("The file is not valid JSON (line 1, position 1)."));
    }

    [Test]
    public async Task Lees_PlainPackageJson_ReportsEveryMissingMember()
    {
        var resultaat = await LeesAsync(_rotterdam, Encoding.UTF8.GetBytes(TestPakketten.AlsJson(TestPakketten.Volledig()).ToJsonString()));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.protected", "$.payload", "$.signature" }));
        Assert.That(resultaat.Fouten[0].Melding.En, Is.EqualTo("The member 'protected' is missing; a signed handover package has 'protected', 'payload' and 'signature'."));
    }

    [Test]
    public async Task Lees_ArrayInsteadOfObject_Rejects()
    {
        var resultaat = await LeesAsync(_rotterdam, "[1,2]"u8.ToArray());

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$" }));
        Assert.That(resultaat.Fouten[0].Melding.En, Does.StartWith("The file is not a signed handover package"));
    }

    [Test]
    public async Task Lees_BadBase64UrlAndNumber_ReportsBoth()
    {
        var resultaat = await LeesAsync(_rotterdam, """{"protected":"eyJ=","payload":"a+b/","signature":12}"""u8.ToArray());

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.protected", "$.payload", "$.signature" }));
        Assert.That(resultaat.Fouten[0].Melding.En, Does.StartWith("The member 'protected' is not valid base64url"));
        Assert.That(resultaat.Fouten[2].Melding.En, Is.EqualTo("The member 'signature' must be base64url text, but is Number."));
    }

    [Test]
    public async Task Lees_OtherTyp_RejectsAtTyp()
    {
        var bestand = await TestPakketten.OndertekenAsync(_rotterdam, TestPakketten.AlsJson(TestPakketten.Volledig()), typ: "JWT");

        var resultaat = await LeesAsync(_rotterdam, bestand);

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.protected.typ" }));
    }

    [Test]
    public async Task Lees_FileOverFiveMegabytes_RejectsBySize()
    {
        var bestand = new byte[OverdrachtBestandFormaat.MaximaleGrootte + 1];
        Array.Fill(bestand, (byte)' ');

        var resultaat = await LeesAsync(_rotterdam, bestand);

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$" }));
        Assert.That(resultaat.Fouten[0].Melding.En, Does.StartWith("The file is larger than 5 MB"));
    }

    [Test]
    public async Task Lees_FiveMegabyteFile_PassesSizeCheck()
    {
        var bestand = new byte[OverdrachtBestandFormaat.MaximaleGrootte];
        Array.Fill(bestand, (byte)' ');

        var resultaat = await LeesAsync(_rotterdam, bestand);

        Assert.That(resultaat.Fouten[0].Melding.En, Does.StartWith("The file is not valid JSON"));
    }

    [TestCase("2.0")]
    [TestCase("0.9")]
    public async Task Lees_OtherMajorVersion_RejectsAtVersie(string versie)
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload["versie"] = versie;

        var resultaat = await LeesAsync(_rotterdam, await TestPakketten.OndertekenAsync(_rotterdam, payload));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.versie" }));
        Assert.That(resultaat.Fouten[0].Melding.En, Does.StartWith($"The package has format version '{versie}'; this deployment reads only version 1.x."));
    }

    [Test]
    public async Task Lees_NewerMinorWithUnknownProperty_Accepts()
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload["versie"] = "1.7";
        payload["nieuwVeld"] = new JsonObject { ["waarde"] = 3 };

        var resultaat = await LeesAsync(_rotterdam, await TestPakketten.OndertekenAsync(_rotterdam, payload));

        Assert.That(resultaat.Fouten, Is.Empty);
        Assert.That(resultaat.Pakket!.Versie, Is.EqualTo("1.7"));
    }

    [Test]
    public async Task Lees_SchemaErrors_ReportsEachWithPath()
    {
        var payload = TestPakketten.AlsJson(TestPakketten.Volledig());
        payload["inburgeraar"]!.AsObject().Remove("koppeldatum");
        payload["pipVersies"]![0]!["dagtekening"] = "20-05-2025";
        payload["uren"]![0]!["uren"] = "veel";
        payload["ontvangerGemeente"] = "518";

        var resultaat = await LeesAsync(_rotterdam, await TestPakketten.OndertekenAsync(_rotterdam, payload));

        Assert.That(resultaat.Pakket, Is.Null);
        Assert.That(resultaat.Ondertekenaar, Is.EqualTo("Gemeente Rotterdam"));
        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EquivalentTo(new[] { "$.ontvangerGemeente", "$.inburgeraar", "$.pipVersies[0].dagtekening", "$.uren[0].uren" }));
        Assert.That(resultaat.Fouten.Single(f => f.Pad == "$.inburgeraar").Melding.En, Does.Contain("koppeldatum"));
    }

    [Test]
    public async Task Lees_ContentErrors_ReportsEachWithPath()
    {
        var pakket = TestPakketten.Volledig() with
        {
            OntvangerGemeente = "0599",
            Inburgeraar = new OverdrachtInburgeraar("Expat", "Wi2021", new DateOnly(2025, 3, 10)) { Bsn = "999993654" },
            Uren = [new OverdrachtUren("Nt2Fysiek", new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 31), 10m)],
            Examens = [new OverdrachtExamen("Lezen", new DateOnly(2026, 10, 5), "C2", "Behaald")],
        };

        var resultaat = await LeesAsync(_rotterdam, await TestPakketten.OndertekenAsync(_rotterdam, TestPakketten.AlsJson(pakket)));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[]
        {
            "$.ontvangerGemeente",
            "$.inburgeraar.doelgroep",
            "$.inburgeraar.bsn",
            "$.uren[0].periodeTot",
            "$.examens[0].niveau",
        }));
        Assert.That(resultaat.Fouten[1].Melding.En, Is.EqualTo("The code 'Expat' does not exist; use one of: Asielstatushouder, Gezinsmigrant, OverigeMigrant."));
        Assert.That(resultaat.Fouten[2].Melding.En, Does.StartWith("The BSN fails the elfproef"));
    }

    [Test]
    public async Task Lees_PeriodEndingOnStartDay_Accepts()
    {
        var pakket = TestPakketten.Volledig() with { Uren = [new OverdrachtUren("Knm", new DateOnly(2024, 2, 29), new DateOnly(2024, 2, 29), 3m)] };

        var resultaat = await LeesAsync(_rotterdam, await TestPakketten.OndertekenAsync(_rotterdam, TestPakketten.AlsJson(pakket)));

        Assert.That(resultaat.Fouten, Is.Empty);
        Assert.That(resultaat.Pakket!.Uren[0].PeriodeVan, Is.EqualTo(new DateOnly(2024, 2, 29)));
    }

    [Test]
    public async Task Lees_FirstPipDatedAfterOldestVersion_Rejects()
    {
        var pakket = TestPakketten.Volledig() with { DagtekeningEerstePip = new DateOnly(2025, 5, 21) };

        var resultaat = await LeesAsync(_rotterdam, await TestPakketten.OndertekenAsync(_rotterdam, TestPakketten.AlsJson(pakket)));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.dagtekeningEerstePip" }));
    }

    [Test]
    public async Task Lees_PipVersionsOutOfOrder_Rejects()
    {
        var pakket = TestPakketten.Volledig();
        pakket = pakket with { PipVersies = [pakket.PipVersies[0], pakket.PipVersies[1] with { Dagtekening = new DateOnly(2025, 5, 19) }] };

        var resultaat = await LeesAsync(_rotterdam, await TestPakketten.OndertekenAsync(_rotterdam, TestPakketten.AlsJson(pakket)));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.pipVersies[1].dagtekening" }));
    }

    [Test]
    public async Task Lees_NeitherBsnNorVNummer_Rejects()
    {
        var pakket = TestPakketten.Volledig() with { Inburgeraar = new OverdrachtInburgeraar("Asielstatushouder", "Wi2021", new DateOnly(2025, 3, 10)) };

        var resultaat = await LeesAsync(_rotterdam, await TestPakketten.OndertekenAsync(_rotterdam, TestPakketten.AlsJson(pakket)));

        Assert.That(resultaat.Fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.inburgeraar" }));
    }

    private static OverdrachtBestandFormaat Formaat(TestDocumentSigning signing) => new(signing, NullLogger<OverdrachtBestandFormaat>.Instance);

    private static async Task<OverdrachtLeesResultaat> LeesAsync(TestDocumentSigning signing, byte[] bestand)
    {
        using var stream = new MemoryStream(bestand);
        return await Formaat(signing).LeesAsync(stream, CancellationToken.None);
    }
}
