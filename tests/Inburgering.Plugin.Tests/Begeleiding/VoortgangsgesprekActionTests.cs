using Host.Abstractions;
using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Begeleiding;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VoortgangsgesprekActionTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin, "Gezinsmigrant");
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Plan_InWinterTime_StoresUtcMoment()
    {
        var result = await PlanAsync("10-12-2026", "14:30");

        var gesprek = (await GesprekkenAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Is.EqualTo("Het voortgangsgesprek is gepland op 10 december 2026 14:30."));
        Assert.That(gesprek.GeplandOp, Is.EqualTo(new DateTimeOffset(2026, 12, 10, 13, 30, 0, TimeSpan.Zero)));
        Assert.That(gesprek.GehoudenOp, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.begeleiding", ProcessingOperation.Update, new DataSubject("BSN", "999993653")),
        }));
    }

    [TestCase("2027-03-28", "01:59", "2027-03-28T00:59:00Z", TestName = "Plan_BeforeSpringChange_IsWinterTime")]
    [TestCase("2027-03-28", "03:00", "2027-03-28T01:00:00Z", TestName = "Plan_AfterSpringChange_IsSummerTime")]
    [TestCase("2027-10-31", "01:59", "2027-10-30T23:59:00Z", TestName = "Plan_BeforeAutumnChange_IsSummerTime")]
    [TestCase("2027-10-31", "03:00", "2027-10-31T02:00:00Z", TestName = "Plan_AfterAutumnChange_IsWinterTime")]
    public async Task Plan_AroundClockChange_StoresUtcMoment(string date, string time, string expected)
    {
        var result = await PlanAsync(date, time);

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await GesprekkenAsync()).Single().GeplandOp, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("2027-03-28", "bestaat niet", TestName = "Plan_TimeSkippedInMarch_IsRejected")]
    [TestCase("2027-10-31", "Kies een tijd buiten het uur van 02:00 tot 03:00.", TestName = "Plan_TimeRepeatedInOctober_IsRejected")]
    public async Task Plan_TimeInClockChangeHour_IsRejected(string date, string message)
    {
        var result = await PlanAsync(date, "02:30");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "gesprekTijd" }));
        Assert.That(result.Errors.Single().Message.Nl, Does.Contain(message));
        Assert.That(await GesprekkenAsync(), Is.Empty);
    }

    [TestCase("04-12-2026", "11:00", TestName = "Plan_AtThisMinute_IsRejected")]
    [TestCase("03-12-2026", "15:00", TestName = "Plan_Yesterday_IsRejected")]
    public async Task Plan_NotInFuture_IsRejected(string date, string time)
    {
        var result = await PlanAsync(date, time);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "gesprekDatum" }));
        Assert.That(await GesprekkenAsync(), Is.Empty);
    }

    [Test]
    public async Task Plan_Twice_MovesThePlannedConversation()
    {
        await PlanAsync("10-12-2026", "14:30");

        var result = await PlanAsync("11-12-2026", "09:00");

        var gesprek = (await GesprekkenAsync()).Single();
        Assert.That(result.Message!.Nl, Is.EqualTo("Het voortgangsgesprek is verzet naar 11 december 2026 09:00."));
        Assert.That(gesprek.GeplandOp, Is.EqualTo(new DateTimeOffset(2026, 12, 11, 8, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task Gehouden_PlannedInFuture_IsRejected()
    {
        await PlanAsync("10-12-2026", "14:30");

        var result = await HeldAsync("04-12-2026", "10:00");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("Het geplande gesprek is op 10 december 2026 14:30 en ligt nog in de toekomst."));
        Assert.That((await GesprekkenAsync()).Single().GehoudenOp, Is.Null);
    }

    [Test]
    public async Task Gehouden_AtPlannedMoment_MarksPlannedAsHeld()
    {
        await PlanAsync("10-12-2026", "14:30");
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 10, 13, 30, 0, TimeSpan.Zero));

        var result = await HeldAsync("10-12-2026", "14:30", ("gesprekNotities", "Taalles loopt goed."), ("gesprekAfspraken", "Start MAP in januari."));

        var gesprek = (await GesprekkenAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(gesprek.GeplandOp, Is.EqualTo(new DateTimeOffset(2026, 12, 10, 13, 30, 0, TimeSpan.Zero)));
        Assert.That(gesprek.GehoudenOp, Is.EqualTo(new DateTimeOffset(2026, 12, 10, 13, 30, 0, TimeSpan.Zero)));
        Assert.That(gesprek.Notities, Is.EqualTo("Taalles loopt goed."));
        Assert.That(gesprek.Afspraken, Is.EqualTo("Start MAP in januari."));
    }

    [Test]
    public async Task Gehouden_InFuture_IsRejected()
    {
        var result = await HeldAsync("04-12-2026", "11:01");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "gehoudenDatum" }));
        Assert.That(await GesprekkenAsync(), Is.Empty);
    }

    [TestCase("29-03-2026", "02:30", "gehoudenTijd", TestName = "Gehouden_29March2026At0230_IsRejected")]
    [TestCase("25-10-2026", "02:30", "gehoudenTijd", TestName = "Gehouden_25October2026At0230_IsRejected")]
    [TestCase("29-03-2026", "01:59", null, TestName = "Gehouden_29March2026At0159_IsAccepted")]
    [TestCase("25-10-2026", "03:00", null, TestName = "Gehouden_25October2026At0300_IsAccepted")]
    public async Task Gehouden_ClockChangeDay2026(string date, string time, string? errorField)
    {
        var result = await HeldAsync(date, time);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(errorField is null ? Array.Empty<string>() : new[] { errorField }));
        Assert.That(await GesprekkenAsync(), Has.Count.EqualTo(errorField is null ? 1 : 0));
    }

    [Test]
    public async Task Gehouden_WithoutPlanning_AddsHeldConversation()
    {
        var result = await HeldAsync("2026-12-04", "11:00");

        var gesprek = (await GesprekkenAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(gesprek.GeplandOp, Is.Null);
        Assert.That(gesprek.GehoudenOp, Is.EqualTo(PluginHarness.Now));
    }

    [Test]
    public async Task Screen_Gesprekken_NewestFirstWithPlannedValues()
    {
        await HeldAsync("2026-11-02", "10:00");
        await HeldAsync("2026-12-01", "10:00");
        await PlanAsync("2027-03-01", "09:15");

        var screen = await _plugin.LoadScreenAsync("inburgering.begeleiding", _dossierId);

        var list = screen!.Sections[2].Elements.OfType<ListElement>().Single();
        Assert.That(list.Rows.Select(r => r.Values[0]), Is.EqualTo(new object?[] { new DateTimeOffset(2027, 3, 1, 8, 15, 0, TimeSpan.Zero), null, null }));
        Assert.That(list.Rows.Select(r => r.Values[1]), Is.EqualTo(new object?[] { null, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero) }));
        Assert.That(list.Columns.Select(c => c.Type), Is.EqualTo(new[] { FieldType.DateTime, FieldType.DateTime, FieldType.MultilineText, FieldType.MultilineText }));
        Assert.That(screen.ActionValues["gesprekDatum"], Is.EqualTo("2027-03-01"));
        Assert.That(screen.ActionValues["gesprekTijd"], Is.EqualTo("09:15"));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.gesprek-plannen", "inburgering.gesprek-gehouden" }));
    }

    private async Task<ActionResult> PlanAsync(string date, string time) =>
        await _plugin.ExecuteVersionedAsync("inburgering.gesprek-plannen", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("gesprekDatum", date), ("gesprekTijd", time));

    private async Task<ActionResult> HeldAsync(string date, string time, params (string Key, string? Value)[] more) =>
        await _plugin.ExecuteVersionedAsync("inburgering.gesprek-gehouden", _dossierId, await _plugin.DossierVersionAsync(_dossierId), [("gehoudenDatum", date), ("gehoudenTijd", time), .. more]);

    private async Task<List<Voortgangsgesprek>> GesprekkenAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InburgeringDbContext>().Voortgangsgesprekken.AsNoTracking().ToListAsync();
    }
}
