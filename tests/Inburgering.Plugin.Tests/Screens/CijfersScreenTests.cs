using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Tests.Screens;

/// <summary>The dashboard with counts only: small groups show as "minder dan 5", and loading it is no processing of personal data.</summary>
[TestFixture]
public sealed class CijfersScreenTests
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(DatabaseProvider.Sqlite);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Cijfers_SmallGroup_ShowsNoCount()
    {
        for (var i = 1; i <= 5; i++)
        {
            await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: i.ToString("0000000000", CultureInfo.InvariantCulture));
        }

        await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant");
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var elements = screen!.Sections.Single().Elements;
        Assert.That(elements.OfType<CounterElement>().Select(c => (c.Label.Nl, c.Value)), Is.EqualTo(new[] { ("Dossiers", 6L), ("Asielstatushouder", 5L) }));
        Assert.That(elements.OfType<TextElement>().Select(t => t.Text.Nl), Is.EqualTo(new[] { "Gezinsmigrant: minder dan 5", "Overige migrant: minder dan 5" }));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty, "counts are no personal data");
    }
}
