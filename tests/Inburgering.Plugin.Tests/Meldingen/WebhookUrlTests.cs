using Inburgering.Plugin.Meldingen;

namespace Inburgering.Plugin.Tests.Meldingen;

public sealed class WebhookUrlTests
{
    [TestCase("https://zaaksysteem.example.nl/webhooks/inburgering")]
    [TestCase("https://zaaksysteem.example.nl:8443/hook?bron=inburgering")]
    [TestCase("http://127.0.0.1:5000/hook")]
    [TestCase("http://localhost/hook")]
    [TestCase("http://[::1]:8080/hook")]
    public void Parse_AllowedUrl_ReturnsIt(string tekst)
    {
        var url = WebhookUrl.Parse(tekst, out var fout);

        Assert.That(fout, Is.Null);
        Assert.That(url, Is.EqualTo(new Uri(tekst)));
    }

    [TestCase(null, "Vul de URL van de webhook in")]
    [TestCase(" ", "Vul de URL van de webhook in")]
    [TestCase("/webhooks/inburgering", "De URL is ongeldig")]
    [TestCase("ftp://zaaksysteem.example.nl/hook", "De URL is ongeldig")]
    [TestCase("http://zaaksysteem.example.nl/hook", "Gebruik https://")]
    [TestCase("http://10.0.0.5/hook", "Gebruik https://")]
    [TestCase("https://beheer:geheim@zaaksysteem.example.nl/hook", "Haal de gebruikersnaam en het wachtwoord uit de URL")]
    [TestCase("https://zaaksysteem.example.nl/hook#deel", "Haal het deel vanaf # uit de URL")]
    public void Parse_RejectedUrl_SaysWhy(string? tekst, string begin)
    {
        var url = WebhookUrl.Parse(tekst, out var fout);

        Assert.That(url, Is.Null);
        Assert.That(fout!.Nl, Does.StartWith(begin));
    }

    [Test]
    public void Parse_TooLong_NamesLengthAndMaximum()
    {
        var tekst = "https://zaaksysteem.example.nl/" + new string('a', 470);

        var url = WebhookUrl.Parse(tekst, out var fout);

        Assert.That(url, Is.Null);
        Assert.That(fout!.En, Is.EqualTo("The URL is 501 characters long; the maximum is 500. Use a shorter URL."));
    }
}
