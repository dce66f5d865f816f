using Host.Abstractions;
using TestSupport;

namespace Inburgering.Plugin.Tests.Registration;

/// <summary>BSN input as consulenten type it, through the registration and search actions.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BsnValidationTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [TestCase("999993654", "Dit BSN is ongeldig: het voldoet niet aan de elfproef. Controleer of u een cijfer verkeerd hebt overgenomen.")]
    [TestCase("000000000", "Een BSN kan niet uit alleen nullen bestaan. Vul het BSN van de persoon in.")]
    [TestCase("1234567", "Een BSN heeft 9 cijfers; 8 cijfers krijgen een voorloopnul. Controleer of u het hele nummer hebt overgenomen.")]
    [TestCase("9999936530", "Een BSN heeft 9 cijfers; 8 cijfers krijgen een voorloopnul. Controleer of u het hele nummer hebt overgenomen.")]
    [TestCase("99999365a", "Een BSN bestaat alleen uit cijfers; spaties, punten en streepjes mogen ertussen staan. Verwijder de andere tekens.")]
    [TestCase("BSN 999993653", "Een BSN bestaat alleen uit cijfers; spaties, punten en streepjes mogen ertussen staan. Verwijder de andere tekens.")]
    public async Task Register_InvalidBsn_NamesBsnField(string input, string expectedDutch)
    {
        var result = await _plugin.RegisterAsync(input);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors, Has.Count.EqualTo(1));
        Assert.That(result.Errors[0].FieldKey, Is.EqualTo("bsn"));
        Assert.That(result.Errors[0].Message.Nl, Is.EqualTo(expectedDutch));
        Assert.That(result.Errors[0].Message.En, Is.Not.Empty);
        Assert.That(_plugin.Brp.LookupCount, Is.EqualTo(0));
    }

    [TestCase("9999.93.653", "999993653")]
    [TestCase("999 993 653", "999993653")]
    [TestCase("9999-93-653", "999993653")]
    [TestCase(" 999993653 ", "999993653")]
    [TestCase("00009921", "000009921")]
    public async Task Register_FormattedBsn_StoresNineDigits(string input, string expectedBsn)
    {
        var result = await _plugin.RegisterAsync(input);

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.Bsn, Is.EqualTo(expectedBsn));
    }

    [Test]
    public async Task Register_EightDigitBsn_AddsLeadingZero()
    {
        await _plugin.RegisterAsync("00009921");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(dossier.Naam, Is.EqualTo("Erik van den Oever"));
        Assert.That(dossier.Voorvoegsel, Is.EqualTo("van den"));
    }

    [TestCase("999993654")]
    [TestCase("")]
    public async Task Zoek_InvalidBsn_NamesBsnField(string input)
    {
        var result = await _plugin.ExecuteAsync("inburgering.zoek", null, ("bsn", input));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bsn"));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task KoppelBsn_InvalidBsn_NamesBsnField()
    {
        var registered = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");

        var result = await _plugin.ExecuteAsync("inburgering.koppel-bsn", registered.NavigateTo!.RecordId, ("bsn", "999993654"));

        Assert.That(result.Errors.Single().FieldKey, Is.EqualTo("bsn"));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Dit BSN is ongeldig"));
    }
}
