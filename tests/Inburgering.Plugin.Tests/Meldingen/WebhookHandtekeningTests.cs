using System.Text;
using Inburgering.Plugin.Meldingen;

namespace Inburgering.Plugin.Tests.Meldingen;

public sealed class WebhookHandtekeningTests
{
    /// <summary>The bytes 0 to 31 as a secret.</summary>
    private const string Geheim = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private const string Id = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private static readonly byte[] s_body = Encoding.UTF8.GetBytes("{\"specversion\":\"1.0\",\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"}");

    [Test]
    public void Onderteken_KnownSecret_MatchesIndependentHmac()
    {
        // Computed with Python's hmac module: hmac.new(bytes(range(32)), b"{id}.1796378400.{body}", sha256), base64.
        var handtekening = WebhookHandtekening.Onderteken(Geheim, Id, 1796378400, s_body);

        Assert.That(handtekening, Is.EqualTo("v1,smcN2VvJ1d2nARAhPrr2+iAj2QpNJBMJ1ev9MuvqpxI="));
    }

    [Test]
    public void Onderteken_DocumentedExample_MatchesDocs()
    {
        var melding = new Melding
        {
            Id = Guid.Parse(Id),
            Gemeente = "0599",
            Type = MeldingTypen.DossierStatusGewijzigd,
            Subject = "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            Tijd = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero),
            Data = "{\"status\":\"PipVastgesteld\",\"vorigeStatus\":\"BredeIntake\",\"op\":\"2026-12-03\"}",
        };

        var body = CloudEventBouwer.Bouw(melding, "urn:nld:gemeente:0599:inburgering");

        // The same example, body and signature as docs/meldingen.md shows under "Checking the signature".
        Assert.That(WebhookHandtekening.Onderteken(Geheim, Id, 1796378400, body), Is.EqualTo("v1,kEc5vNOb6RTagU+Rf9MMFQNq9CO992eWetvnITNa5sc="));
    }

    [Test]
    public void Onderteken_SecretWithoutPrefix_GivesSameSignature()
    {
        var zonderPrefix = WebhookHandtekening.Onderteken(Geheim["whsec_".Length..], Id, 1796378400, s_body);

        Assert.That(zonderPrefix, Is.EqualTo(WebhookHandtekening.Onderteken(Geheim, Id, 1796378400, s_body)));
    }

    [Test]
    public void Onderteken_OtherTimestamp_GivesOtherSignature()
    {
        Assert.That(
            WebhookHandtekening.Onderteken(Geheim, Id, 1796378401, s_body),
            Is.Not.EqualTo(WebhookHandtekening.Onderteken(Geheim, Id, 1796378400, s_body)));
    }

    [Test]
    public void NieuwGeheim_Twice_GivesTwoSecretsOf32Bytes()
    {
        var eerste = WebhookHandtekening.NieuwGeheim();
        var tweede = WebhookHandtekening.NieuwGeheim();

        Assert.That(eerste, Does.StartWith("whsec_"));
        Assert.That(Convert.FromBase64String(eerste["whsec_".Length..]), Has.Length.EqualTo(32));
        Assert.That(tweede, Is.Not.EqualTo(eerste));
    }
}
