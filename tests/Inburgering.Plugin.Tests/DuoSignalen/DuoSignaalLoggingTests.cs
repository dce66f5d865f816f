using Host.Abstractions;
using TestSupport;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>The DUO signal and lifecycle logs name signal and dossier ids, never the BSN or V-nummer of the signal.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class DuoSignaalLoggingTests(DatabaseProvider provider)
{
    private static readonly string[] s_personalData = ["999993653", "1234567890", "Suzanne", "Moulin", "Boterdiep"];

    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Signals_LogNoPersonalData()
    {
        var nieuw = await _plugin.EnterValidSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");
        await _plugin.EnterSignalAsync("NieuwePlichtige", "2026-10-01", doelgroep: "Gezinsmigrant", wetRegime: "Wi2021");
        await _plugin.LoadScreenAsync("inburgering.duo-signaal", nieuw);
        await _plugin.ProcessAsync(nieuw);
        await _plugin.ProcessAsync(nieuw);
        await _plugin.ProcessAsync(await _plugin.EnterValidSignalAsync("Correctie", "2026-11-02", wetRegime: "Wi2013"));
        await _plugin.ProcessAsync(await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01"));
        var vnummer = await _plugin.EnterValidSignalAsync("Intrekking", "2026-12-01", bsn: null, vnummer: "1234567890");
        await _plugin.ExecuteAsync("inburgering.duo-signaal-afwijzen", vnummer, ("afwijsReden", "Onbekend"));

        var messages = _plugin.Logs.Lines;
        Assert.That(messages, Has.Some.Contains($"Entered DUO signal {nieuw} of kind NieuwePlichtige"));
        Assert.That(messages, Has.Some.Contains($"Processed DUO signal {nieuw} of kind NieuwePlichtige for dossier"));
        Assert.That(messages, Has.Some.Contains("Refused a DUO signal of kind NieuwePlichtige as a duplicate of signal"));
        Assert.That(messages, Has.Some.Contains($"Refused to handle DUO signal {nieuw}: its status is already Verwerkt"));
        Assert.That(messages, Has.Some.Contains("Corrected WetRegime of dossier"));
        Assert.That(messages, Has.Some.Contains("and closed 0 open tasks"));
        Assert.That(messages, Has.Some.Contains($"Rejected DUO signal {vnummer}"));
        foreach (var personalData in s_personalData)
        {
            Assert.That(messages, Has.None.Contains(personalData), personalData);
        }
    }
}
