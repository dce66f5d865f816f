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
