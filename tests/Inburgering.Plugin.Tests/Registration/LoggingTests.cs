using Host.Abstractions;
using TestSupport;

namespace Inburgering.Plugin.Tests.Registration;

/// <summary>Logs name dossier ids only; a BSN, V-nummer, name or address must never reach them.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LoggingTests(DatabaseProvider provider)
{
    private static readonly string[] s_personalData =
        ["999993653", "999992806", "1234567890", "Suzanne", "Moulin", "Bhutto", "Boterdiep", "ROTTERDAM"];

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Registration_LogsNoPersonalData()
    {
        var registered = await _plugin.RegisterAsync("999993653");
        await _plugin.RegisterAsync("999993653");
        await _plugin.ExecuteAsync("inburgering.zoek", null, ("bsn", "999993653"));
        await _plugin.LoadScreenAsync("inburgering.dossier", registered.NavigateTo!.RecordId);
        var vnummer = await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: "1234567890");
        await _plugin.ExecuteAsync("inburgering.koppel-bsn", vnummer.NavigateTo!.RecordId, ("bsn", "999992806"));
        _plugin.Brp.FailureProblem = "The BRP did not answer within 10 seconds.";
        await _plugin.RegisterAsync("999995017");

        var messages = _plugin.Logs.Lines;
        Assert.That(messages, Has.Some.Contains($"Registered dossier {registered.NavigateTo.RecordId}"));
        Assert.That(messages, Has.Some.Contains("The BRP did not answer within 10 seconds."));
        foreach (var personalData in s_personalData)
        {
            Assert.That(messages, Has.None.Contains(personalData), personalData);
        }
    }
}
