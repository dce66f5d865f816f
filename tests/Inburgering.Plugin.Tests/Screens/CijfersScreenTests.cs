using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Uren;
using Microsoft.Extensions.DependencyInjection;

namespace Inburgering.Plugin.Tests.Screens;

/// <summary>The dashboard with counts only: small groups show as "minder dan 5", and loading it is no processing of personal data.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class CijfersScreenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Cijfers_SmallGroup_ShowsNoCount()
    {
        await RegisterAsielstatushoudersAsync(5);
        await _plugin.RegisterAsync("999993653", doelgroep: "Gezinsmigrant");
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var doelgroep = screen!.Sections.Single(s => s.Title.Nl == "Dossiers per doelgroep").Elements;
        Assert.That(doelgroep.OfType<CounterElement>().Select(c => (c.Label.Nl, c.Value)), Is.EqualTo(new[] { ("Asielstatushouder", 5L) }));
        Assert.That(doelgroep.OfType<TextElement>().Select(t => t.Text.Nl), Is.EqualTo(new[] { "Gezinsmigrant: minder dan 5", "Overige migrant: minder dan 5" }));
        Assert.That(doelgroep.OfType<ChartElement>().Single().Categories.Select(c => c.Nl), Is.EqualTo(new[] { "Asielstatushouder" }));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty, "counts are no personal data");
    }

    [Test]
    public async Task Cijfers_PerStatus_CountsEveryStatusWithTotal()
    {
        await RegisterAsielstatushoudersAsync(6);

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var status = screen!.Sections.Single(s => s.Title.Nl == "Dossiers per status").Elements;
        Assert.That(status.OfType<CounterElement>().Select(c => (c.Label.Nl, c.Value)), Is.EqualTo(new[] { ("Dossiers", 6L), ("Gekoppeld", 6L) }));
        Assert.That(status.OfType<TextElement>().Count(), Is.EqualTo(7));
        var chart = status.OfType<ChartElement>().Single();
        Assert.That(chart.Series.Single().Values, Is.EqualTo(new[] { 6m }));
    }

    [Test]
    public async Task Cijfers_Uren_AddsUpPerMonthOfThePeildatum()
    {
        var registered = await _plugin.RegisterAsync("999993653");
        var dossierId = Guid.Parse(registered.NavigateTo!.RecordId!);
        await AddHoursAsync(dossierId, UrenSoort.Nt2Fysiek, new DateOnly(2026, 11, 30), 10.25m);
        await AddHoursAsync(dossierId, UrenSoort.Nt2Online, new DateOnly(2026, 11, 1), 4.5m);
        await AddHoursAsync(dossierId, UrenSoort.Knm, new DateOnly(2026, 12, 4), 2m);
        await AddHoursAsync(dossierId, UrenSoort.Participatie, new DateOnly(2025, 12, 31), 8m);

        var screen = await _plugin.LoadScreenAsync("inburgering.cijfers", null);

        var chart = screen!.Sections.Single(s => s.Title.Nl == "Gevolgde uren").Elements.OfType<ChartElement>().Single();
        Assert.That(chart.Kind, Is.EqualTo(ChartKind.Line));
        Assert.That(chart.Categories[0].Nl, Is.EqualTo("jan 2026"));
        Assert.That(chart.Categories[^1].Nl, Is.EqualTo("dec 2026"));
        Assert.That(chart.Series.Select(s => s.Values.Sum()), Is.EqualTo(new[] { 14.75m, 2m, 0m }));
        Assert.That(chart.Series[0].Values[10], Is.EqualTo(14.75m));
        Assert.That(chart.Series[1].Values[11], Is.EqualTo(2m));
    }

    private async Task RegisterAsielstatushoudersAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await _plugin.RegisterAsync(null, doelgroep: "Asielstatushouder", vnummer: i.ToString("0000000000", CultureInfo.InvariantCulture));
        }
    }

    private async Task AddHoursAsync(Guid dossierId, UrenSoort soort, DateOnly tot, decimal uren)
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();
        db.Urenregels.Add(new Urenregel
        {
            Id = Guid.NewGuid(),
            DossierId = dossierId,
            Gemeente = "0599",
            Soort = soort,
            PeriodeVan = tot.AddDays(-6),
            PeriodeTot = tot,
            Uren = uren,
            MetKeurmerk = true,
            GeregistreerdOp = PluginHarness.Now,
            GeregistreerdDoor = "medewerker-17",
        });
        await db.SaveChangesAsync();
    }
}
