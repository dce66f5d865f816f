using System.Text;
using Host.Abstractions;
using Inburgering.Plugin.Meldingen;

namespace Inburgering.Plugin.Tests.Meldingen;

public sealed class CloudEventBouwerTests
{
    private static Melding Melding(string? data) => new()
    {
        Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Gemeente = "0599",
        Type = MeldingTypen.DossierStatusGewijzigd,
        Subject = "7c9e6679-7425-40de-944b-e07fc1f90ae7",
        Tijd = new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.FromHours(1)),
        Data = data,
    };

    [Test]
    public void Bouw_WithData_IsStructuredCloudEvent()
    {
        var json = Encoding.UTF8.GetString(CloudEventBouwer.Bouw(Melding("{\"status\":\"Vertrokken\",\"vorigeStatus\":\"Gekoppeld\"}"), "urn:nld:gemeente:0599:inburgering"));

        Assert.That(json, Is.EqualTo(
            "{\"specversion\":\"1.0\"," +
            "\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"," +
            "\"source\":\"urn:nld:gemeente:0599:inburgering\"," +
            "\"type\":\"nl.inburgering.dossier.status-gewijzigd\"," +
            "\"subject\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"," +
            "\"time\":\"2026-12-04T10:00:00Z\"," +
            "\"datacontenttype\":\"application/json\"," +
            "\"data\":{\"status\":\"Vertrokken\",\"vorigeStatus\":\"Gekoppeld\"}}"));
    }

    [Test]
    public void Bouw_WithoutData_LeavesDataOut()
    {
        var json = Encoding.UTF8.GetString(CloudEventBouwer.Bouw(Melding(null), "urn:nld:gemeente:0599:inburgering"));

        Assert.That(json, Does.EndWith("\"datacontenttype\":\"application/json\"}"));
        Assert.That(json, Does.Not.Contain("\"data\""));
    }

    [Test]
    public void Rfc3339_WithFraction_KeepsOnlyTheDigitsNeeded()
    {
        var moment = new DateTimeOffset(2024, 2, 29, 23, 59, 59, 250, TimeSpan.Zero);

        Assert.That(CloudEventBouwer.Rfc3339(moment), Is.EqualTo("2024-02-29T23:59:59.25Z"));
    }

    [Test]
    public void Rfc3339_SummerTimeOffset_IsWrittenInUtc()
    {
        var moment = new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2));

        Assert.That(CloudEventBouwer.Rfc3339(moment), Is.EqualTo("2026-03-29T01:30:00Z"));
    }

    [TestCase(null, "urn:nld:gemeente:0518:inburgering")]
    [TestCase("  ", "urn:nld:gemeente:0518:inburgering")]
    [TestCase("urn:nld:oin:00000001234567890000:systeem:inburgering", "urn:nld:oin:00000001234567890000:systeem:inburgering")]
    [TestCase("urn:nld:gemeente:{gemeentecode}:klantvolg", "urn:nld:gemeente:0518:klantvolg")]
    public void BronVoor_SettingValue_GivesSource(string? waarde, string source)
    {
        Assert.That(MeldingenSettings.BronVoor(waarde, GemeenteCode.Parse("0518")), Is.EqualTo(source));
    }
}
