using Host.Abstractions;
using TestSupport;

namespace Inburgering.Plugin.Tests.Begeleiding;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BegeleidingScreenTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;

    [SetUp]
    public async Task StartPluginAsync() => _plugin = await PluginHarness.StartAsync(provider);

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Screen_AfterEveryAction_ShowsStoredValues()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);
        await ExecuteAsync("inburgering.ontzorgen", dossierId, ("bijstandSinds", "2027-08-20"), ("ontzorgenStart", "2027-08-31"), ("vasteLasten", "Zorgverzekering,Huur"), ("machtigingOndertekendOp", "2026-12-01"));
        await ExecuteAsync("inburgering.maatschappelijke-begeleiding", dossierId, ("begeleidingOrganisatie", "VluchtelingenWerk"), ("begeleidingContactpersoon", "Begeleider, 010-1234567"), ("begeleidingStart", "2026-11-25"), ("begeleidingNotities", "Wekelijks contact."));
        await ExecuteAsync("inburgering.gesprek-plannen", dossierId, ("gesprekDatum", "2027-03-28"), ("gesprekTijd", "03:00"));
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.begeleiding", dossierId);

        Assert.That(screen!.Sections.Select(s => s.Title.Nl), Is.EqualTo(new[] { "Ontzorgen (Participatiewet art. 56a)", "Maatschappelijke begeleiding", "Voortgangsgesprekken" }));
        Assert.That(Values(screen.Sections[0]), Is.EqualTo(new Dictionary<string, object?>
        {
            ["bijstandSinds"] = new DateOnly(2027, 8, 20),
            ["ontzorgenStart"] = new DateOnly(2027, 8, 31),
            ["ontzorgenEinde"] = new DateOnly(2028, 2, 19),
            ["standaardEinde"] = new DateOnly(2028, 2, 19),
            ["afwijkingReden"] = null,
            ["vasteLasten"] = new List<string> { "Zorgverzekering", "Huur" },
            ["machtigingOndertekendOp"] = new DateOnly(2026, 12, 1),
        }));
        Assert.That(Values(screen.Sections[1]), Is.EqualTo(new Dictionary<string, object?>
        {
            ["begeleidingOrganisatie"] = "VluchtelingenWerk",
            ["begeleidingContactpersoon"] = "Begeleider, 010-1234567",
            ["begeleidingStart"] = new DateOnly(2026, 11, 25),
            ["begeleidingEinde"] = null,
            ["begeleidingNotities"] = "Wekelijks contact.",
        }));
        Assert.That(screen.Sections[2].Elements.OfType<ListElement>().Single().Rows.Single().Values[0], Is.EqualTo(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero)));
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.ontzorgen", "inburgering.maatschappelijke-begeleiding", "inburgering.gesprek-plannen", "inburgering.gesprek-gehouden" }));
        Assert.That(screen.ActionValues["vasteLasten"], Is.EqualTo("Zorgverzekering,Huur"));
        Assert.That(screen.ActionValues["ontzorgenEinde"], Is.Null);
        Assert.That(screen.ActionValues["begeleidingStart"], Is.EqualTo("2026-11-25"));
        Assert.That(screen.ActionValues["gesprekTijd"], Is.EqualTo("03:00"));
        Assert.That(screen.Version, Is.EqualTo(await _plugin.DossierVersionAsync(dossierId)));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.begeleiding", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task Begeleiding_ForGezinsmigrant_IsRejected()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin, "Gezinsmigrant");

        var result = await _plugin.ExecuteVersionedAsync("inburgering.maatschappelijke-begeleiding", dossierId, await _plugin.DossierVersionAsync(dossierId), ("begeleidingOrganisatie", "VluchtelingenWerk"), ("begeleidingStart", "2026-11-25"));
        var screen = await _plugin.LoadScreenAsync("inburgering.begeleiding", dossierId);

        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo(
            "Maatschappelijke begeleiding geldt alleen voor asielstatushouders. Deze inburgeraar hoort bij de doelgroep gezinsmigrant; er is niets vastgelegd."));
        Assert.That(screen!.Actions, Is.EqualTo(new[] { "inburgering.gesprek-plannen", "inburgering.gesprek-gehouden" }));
    }

    [Test]
    public async Task Begeleiding_EndBeforeStart_IsInvalid()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);

        var result = await _plugin.ExecuteVersionedAsync("inburgering.maatschappelijke-begeleiding", dossierId, await _plugin.DossierVersionAsync(dossierId), ("begeleidingStart", "2026-11-25"), ("begeleidingEinde", "2026-11-24"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "begeleidingOrganisatie", "begeleidingEinde" }));
    }

    [Test]
    public async Task Screen_RestrictedDossier_IsRefused()
    {
        var dossierId = await BegeleidingTestSteps.RegisterAsync(_plugin);
        var restrict = await _plugin.ExecuteVersionedAsync("inburgering.beperk", dossierId, await _plugin.DossierVersionAsync(dossierId), ("beperkingReden", "Intrekking door DUO"));
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.begeleiding", dossierId);
        var plan = await _plugin.ExecuteVersionedAsync("inburgering.gesprek-plannen", dossierId, await _plugin.DossierVersionAsync(dossierId), ("gesprekDatum", "2027-01-10"), ("gesprekTijd", "10:00"));

        Assert.That(restrict.Succeeded, Is.True);
        Assert.That(screen!.IsRefused, Is.True);
        Assert.That(plan.Succeeded, Is.False);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    private async Task ExecuteAsync(string actionId, string dossierId, params (string Key, string? Value)[] values)
    {
        var result = await _plugin.ExecuteVersionedAsync(actionId, dossierId, await _plugin.DossierVersionAsync(dossierId), values);
        Assert.That(result.Succeeded, Is.True, $"{actionId}: {string.Join(" ", result.Errors.Select(e => e.Message.Nl))}");
    }

    private static Dictionary<string, object?> Values(ScreenSection section) =>
        section.Elements.OfType<FieldElement>().ToDictionary(f => f.Field.Key, f => f.Value);
}
