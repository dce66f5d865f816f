using Host.Abstractions;
using Inburgering.Plugin.Begeleiding;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Begeleiding;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class OntzorgenActionTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Ontzorgen_WithoutEnd_EndsSixMonthsAfterBijstand()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-31"), ("ontzorgenStart", "31-08-2026"), ("vasteLasten", "Huur,Energie,Zorgverzekering"), ("machtigingOndertekendOp", "2026-09-02"));

        var ontzorging = await SingleOntzorgingAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Message!.Nl, Is.EqualTo("Het ontzorgen is vastgelegd."));
        Assert.That(ontzorging.BijstandSinds, Is.EqualTo(new DateOnly(2026, 8, 31)));
        Assert.That(ontzorging.Startdatum, Is.EqualTo(new DateOnly(2026, 8, 31)));
        Assert.That(ontzorging.Einddatum, Is.EqualTo(new DateOnly(2027, 2, 28)));
        Assert.That(ontzorging.AfwijkingReden, Is.Null);
        Assert.That(ontzorging.VasteLasten, Is.EqualTo(new[] { VasteLast.Huur, VasteLast.Energie, VasteLast.Zorgverzekering }));
        Assert.That(ontzorging.MachtigingOndertekendOp, Is.EqualTo(new DateOnly(2026, 9, 2)));
        Assert.That(ontzorging.GewijzigdDoor, Is.EqualTo("medewerker-17"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.begeleiding", ProcessingOperation.Update, new DataSubject("BSN", "999993653")),
        }));
    }

    [TestCase("Gezinsmigrant", "gezinsmigrant")]
    [TestCase("OverigeMigrant", "overige migrant")]
    public async Task Ontzorgen_OtherDoelgroep_IsRejected(string doelgroep, string shown)
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin, doelgroep);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"), ("vasteLasten", "Huur"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().FieldKey, Is.Empty);
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo(
            $"Ontzorgen (Participatiewet art. 56a) geldt alleen voor asielstatushouders met bijstand. Deze inburgeraar hoort bij de doelgroep {shown}; er is niets vastgelegd."));
        Assert.That(await CountOntzorgingenAsync(), Is.Zero);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task Ontzorgen_LaterEndWithoutReason_IsInvalid()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-31"), ("ontzorgenStart", "2026-08-31"), ("ontzorgenEinde", "2027-08-31"), ("vasteLasten", "Huur"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "afwijkingReden" }));
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De standaard einddatum is 28 februari 2027 (6 maanden). Vul de reden in voor einddatum 31 augustus 2027"));
        Assert.That(await CountOntzorgingenAsync(), Is.Zero);
    }

    [Test]
    public async Task Ontzorgen_LaterEndWithReason_IsStored()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"), ("ontzorgenEinde", "2027-08-31"), ("afwijkingReden", "Maatwerk: schulden"), ("vasteLasten", "Huur"));

        var ontzorging = await SingleOntzorgingAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(ontzorging.Einddatum, Is.EqualTo(new DateOnly(2027, 8, 31)));
        Assert.That(ontzorging.AfwijkingReden, Is.EqualTo("Maatwerk: schulden"));
    }

    [Test]
    public async Task Ontzorgen_EndOnDefaultWithReason_DropsReason()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        await RecordAsync(dossierId, ("bijstandSinds", "2027-08-31"), ("ontzorgenStart", "2027-08-31"), ("ontzorgenEinde", "2028-02-29"), ("afwijkingReden", "Niet nodig"), ("vasteLasten", "Huur"));

        var ontzorging = await SingleOntzorgingAsync();
        Assert.That(ontzorging.Einddatum, Is.EqualTo(new DateOnly(2028, 2, 29)));
        Assert.That(ontzorging.AfwijkingReden, Is.Null);
    }

    [TestCase("2026-08-19", "ontzorgenStart", TestName = "Ontzorgen_StartBeforeBijstand_IsInvalid")]
    [TestCase("2026-08-20", null, TestName = "Ontzorgen_StartOnBijstand_IsStored")]
    public async Task Ontzorgen_StartAgainstBijstand(string start, string? errorField)
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", start), ("vasteLasten", "Huur"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(errorField is null ? Array.Empty<string>() : new[] { errorField }));
    }

    [Test]
    public async Task Ontzorgen_MissingDatesAndCharges_NamesEachField()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", ""), ("ontzorgenStart", "31-02-2026"), ("vasteLasten", "Huur,Telefoon"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bijstandSinds", "ontzorgenStart", "vasteLasten" }));
        Assert.That(result.Errors[1].Message.Nl, Is.EqualTo("Vul bij 'Start ontzorgen' een datum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026."));
    }

    [Test]
    public async Task Ontzorgen_NoCharges_IsInvalid()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "vasteLasten" }));
    }

    [Test]
    public async Task Ontzorgen_RefusalWithoutExplanation_IsInvalid()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"), ("weigeringOp", "2026-09-03"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "weigeringToelichting" }));
    }

    [Test]
    public async Task Ontzorgen_Refusal_IsStoredWithAfstemmingNotice()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"), ("weigeringOp", "2026-09-03"), ("weigeringToelichting", "Wil de machtiging niet tekenen."));

        var ontzorging = await SingleOntzorgingAsync();
        var screen = await _plugin.LoadScreenAsync("inburgering.begeleiding", dossierId);
        Assert.That(result.Message!.Nl, Is.EqualTo("Het ontzorgen is vastgelegd met de weigering. Beoordeel de afstemming van de bijstand (Participatiewet art. 18)."));
        Assert.That(ontzorging.WeigeringOp, Is.EqualTo(new DateOnly(2026, 9, 3)));
        Assert.That(ontzorging.WeigeringToelichting, Is.EqualTo("Wil de machtiging niet tekenen."));
        Assert.That(ontzorging.VasteLasten, Is.Empty);
        Assert.That(screen!.Sections[0].Elements.OfType<TextElement>().Select(t => t.Text.Nl), Is.EqualTo(new[]
        {
            "De inburgeraar heeft geweigerd mee te werken. Dat leidt tot afstemming van de bijstand (Participatiewet art. 18).",
        }));
    }

    [Test]
    public async Task Ontzorgen_MachtigingAndRefusal_IsInvalid()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"), ("vasteLasten", "Huur"), ("machtigingOndertekendOp", "2026-09-01"), ("weigeringOp", "2026-09-03"), ("weigeringToelichting", "x"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "weigeringOp" }));
    }

    [TestCase("2026-12-04", null, TestName = "Ontzorgen_MachtigingToday_IsStored")]
    [TestCase("2026-12-05", "machtigingOndertekendOp", TestName = "Ontzorgen_MachtigingTomorrow_IsInvalid")]
    public async Task Ontzorgen_MachtigingDate(string date, string? errorField)
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"), ("vasteLasten", "Huur"), ("machtigingOndertekendOp", date));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(errorField is null ? Array.Empty<string>() : new[] { errorField }));
    }

    [Test]
    public async Task Ontzorgen_SecondRecord_ChangesTheOne()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);
        await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"), ("vasteLasten", "Huur"));

        var result = await RecordAsync(dossierId, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-09-01"), ("vasteLasten", "Zorgverzekering"));

        var ontzorging = await SingleOntzorgingAsync();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(ontzorging.Einddatum, Is.EqualTo(new DateOnly(2027, 2, 19)), "six months from the bijstand on 20 August");
        Assert.That(ontzorging.VasteLasten, Is.EqualTo(new[] { VasteLast.Zorgverzekering }));
    }

    [Test]
    public async Task Ontzorgen_StaleVersion_ReturnsConflict()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);
        var seen = await _plugin.DossierVersionAsync(dossierId);
        await _plugin.ExecuteVersionedAsync("inburgering.ontzorgen", dossierId, seen, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-08-31"), ("vasteLasten", "Huur"));

        var stale = await _plugin.ExecuteVersionedAsync("inburgering.ontzorgen", dossierId, seen, ("bijstandSinds", "2026-08-20"), ("ontzorgenStart", "2026-10-01"), ("vasteLasten", "Energie"));

        Assert.That(stale.IsConflict, Is.True);
        Assert.That((await SingleOntzorgingAsync()).Startdatum, Is.EqualTo(new DateOnly(2026, 8, 31)));
    }

    private async Task<ActionResult> RecordAsync(string dossierId, params (string Key, string? Value)[] values) =>
        await _plugin.ExecuteVersionedAsync("inburgering.ontzorgen", dossierId, await _plugin.DossierVersionAsync(dossierId), values);

    private async Task<Ontzorging> SingleOntzorgingAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InburgeringDbContext>().Ontzorgingen.AsNoTracking().SingleAsync();
    }

    private async Task<int> CountOntzorgingenAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InburgeringDbContext>().Ontzorgingen.CountAsync();
    }
}
