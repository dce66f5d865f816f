using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.Tests.Screens;

/// <summary>The dashboard with counts only: small groups show as 0, and loading it is no processing of personal data.</summary>
[TestFixture]
public sealed class CijfersScreenTests
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(DatabaseProvider.Sqlite);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Cijfers_SmallGroup_ShowsAsZero()
    {
        for (var i = 1; i <= 5; i++)
        {
            await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: i.ToString("0000000000", CultureInfo.InvariantCulture));
        }

        await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant");
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var elements = screen!.Sections.Single().Elements;
        var chart = elements.OfType<ChartElement>().Single();
        Assert.That(elements.OfType<CounterElement>().Single().Value, Is.EqualTo(6));
        Assert.That(chart.Categories.Select(c => c.Nl), Is.EqualTo(new[] { "Asielstatushouder", "Gezinsmigrant", "Overige migrant" }));
        Assert.That(chart.Series.Single().Values, Is.EqualTo(new decimal[] { 5, 0, 0 }));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty, "counts are no personal data");
    }
}
