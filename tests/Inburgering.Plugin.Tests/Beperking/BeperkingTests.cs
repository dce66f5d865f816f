using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.Beperking;

/// <summary>Restriction of processing (AVG article 18): what each role can open of a restricted dossier, and lifting the restriction.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BeperkingTests(DatabaseProvider provider)
{
    private static readonly ProcessingRecord s_beperkingUpdate =
        new("inburgering.beperking", ProcessingOperation.Update, new DataSubject("BSN", "999993653"));

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        var registered = await _plugin.RegisterAsync("999993653", koppeldatum: "2026-11-20");
        _dossierId = registered.NavigateTo!.RecordId!;
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task Beperk_WithReason_RestrictsAndLogs()
    {
        var result = await RestrictAsync();

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.BeperktOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(dossier.BeperkingReden, Is.EqualTo("Intrekking door DUO"));
        Assert.That(dossier.BeperktDoor, Is.EqualTo("medewerker-17"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { s_beperkingUpdate }));
    }

    [Test]
    public async Task Beperk_WithoutReason_IsInvalid()
    {
        var result = await _plugin.ExecuteVersionedAsync("inburgering.beperk", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("beperkingReden", " "));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "beperkingReden" }));
        Assert.That((await _plugin.AllDossiersAsync()).Single().BeperktOp, Is.Null);
    }

    [Test]
    public async Task Beperk_WithStaleVersion_ReturnsConflict()
    {
        var result = await _plugin.ExecuteVersionedAsync("inburgering.beperk", _dossierId, Guid.NewGuid().ToString("N"), ("beperkingReden", "Intrekking door DUO"));

        Assert.That(result.IsConflict, Is.True);
        Assert.That((await _plugin.AllDossiersAsync()).Single().BeperktOp, Is.Null);
    }

    [Test]
    public async Task DossierScreen_Restricted_RefusesWithoutPersonalData()
    {
        await RestrictAsync();
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        var texts = screen!.Sections.SelectMany(s => s.Elements).ToList();
        Assert.That(screen.IsRefused, Is.True);
        Assert.That(screen.Heading, Is.Null);
        Assert.That(screen.Actions, Is.Empty);
        Assert.That(texts, Has.All.TypeOf<TextElement>());
        Assert.That(((TextElement)texts.Single()).Text.Nl, Does.Contain("Alleen de privacy officer van de gemeente kan het inzien of de beperking opheffen"));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task DossierScreen_RestrictedForAnyUser_Refuses()
    {
        await RestrictAsync();
        _plugin.User.Granted = null;

        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);

        Assert.That(screen!.IsRefused, Is.True);
    }

    [TestCase("inburgering.sluit-af", "afgeslotenOp", "03-12-2026")]
    [TestCase("inburgering.beperk", "beperkingReden", "Nogmaals")]
    public async Task Action_OnRestrictedDossier_IsRejected(string actionId, string key, string value)
    {
        await RestrictAsync();
        var version = await _plugin.DossierVersionAsync(_dossierId);

        var result = await _plugin.ExecuteVersionedAsync(actionId, _dossierId, version, (key, value), ("afsluitReden", "Ontheffing"));

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De verwerking van dit dossier is beperkt"));
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.Gekoppeld));
        Assert.That(dossier.BeperkingReden, Is.EqualTo("Intrekking door DUO"));
    }

    [Test]
    public async Task Zoek_RestrictedDossier_IsRejected()
    {
        await RestrictAsync();

        var result = await _plugin.ExecuteAsync("inburgering.zoek", null, ("bsn", "999993653"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.NavigateTo, Is.Null);
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De verwerking van dit dossier is beperkt"));
    }

    [Test]
    public async Task DossiersList_RestrictedRow_ShowsOnlyBeperkt()
    {
        await RestrictAsync();
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.dossiers", null);

        var row = screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows.Single();
        Assert.That(row.Values, Is.EqualTo(new object?[] { null, null, null, "Beperkt", null }));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task ClientFields_RestrictedDossier_ShowOnlyBeperkt()
    {
        await RestrictAsync();
        var clientId = _plugin.Clients.All.Single().ClientId;

        await using var scope = _plugin.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetServices<IRecordFieldProvider>().Single();
        var values = await provider.GetValuesAsync(clientId, CancellationToken.None);

        Assert.That(values, Is.EqualTo(new Dictionary<string, object?> { ["status"] = "Beperkt" }));
    }

    [Test]
    public async Task ClientTab_RestrictedDossier_ShowsOnlyBeperkt()
    {
        await RestrictAsync();
        _plugin.ProcessingLog.Clear();
        var clientId = _plugin.Clients.All.Single().ClientId;

        var screen = await _plugin.LoadScreenAsync("inburgering.client", clientId);

        var row = screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows.Single();
        Assert.That(row.Values, Is.EqualTo(new object?[] { null, "Beperkt", null }));
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task OfficerScreen_Restricted_ShowsReadOnly()
    {
        await RestrictAsync();
        _plugin.ProcessingLog.Clear();

        var screen = await _plugin.LoadScreenAsync("inburgering.beperkt-dossier", _dossierId);

        var fields = screen!.Sections.SelectMany(s => s.Elements).OfType<FieldElement>().ToDictionary(f => f.Field.Key, f => f.Value);
        Assert.That(screen.Actions, Is.EqualTo(new[] { "inburgering.beperking-opheffen" }));
        Assert.That(screen.Heading, Is.EqualTo("Suzanne Moulin"));
        Assert.That(fields["beperkingReden"], Is.EqualTo("Intrekking door DUO"));
        Assert.That(fields["beperktDoor"], Is.EqualTo("medewerker-17"));
        Assert.That(fields["bsn"], Is.EqualTo("999993653"));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[]
        {
            new ProcessingRecord("inburgering.beperking", ProcessingOperation.Read, new DataSubject("BSN", "999993653")),
        }));
    }

    [Test]
    public async Task OfficerScreen_NotRestricted_IsNotFound()
    {
        var screen = await _plugin.LoadScreenAsync("inburgering.beperkt-dossier", _dossierId);

        Assert.That(screen, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task PrivacyOfficerList_ShowsRestrictionWithoutPersonalData()
    {
        await RestrictAsync();

        var screen = await _plugin.LoadScreenAsync("inburgering.beperkte-dossiers", null);

        var row = screen!.Sections.Single().Elements.OfType<ListElement>().Single().Rows.Single();
        Assert.That(row.Values, Is.EqualTo(new object?[] { new DateOnly(2026, 12, 4), "medewerker-17" }));
        Assert.That(row.Link, Is.EqualTo(new ScreenLink("inburgering.beperkt-dossier", _dossierId)));
    }

    [Test]
    public async Task Opheffen_WithReason_OpensDossierAgain()
    {
        await RestrictAsync();
        _plugin.ProcessingLog.Clear();

        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.beperking-opheffen", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("opheffingReden", "DUO heeft de intrekking teruggedraaid"));

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var screen = await _plugin.LoadScreenAsync("inburgering.dossier", _dossierId);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(dossier.BeperktOp, Is.Null);
        Assert.That(dossier.BeperkingOpgehevenOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(dossier.BeperkingOpgehevenReden, Is.EqualTo("DUO heeft de intrekking teruggedraaid"));
        Assert.That(dossier.BeperkingOpgehevenDoor, Is.EqualTo("medewerker-17"));
        Assert.That(screen!.IsRefused, Is.False);
        Assert.That(screen.Heading, Is.EqualTo("Suzanne Moulin"));
        Assert.That(_plugin.ProcessingLog.Records[0], Is.EqualTo(s_beperkingUpdate));
    }

    [Test]
    public async Task Opheffen_DossierNotRestricted_IsInvalid()
    {
        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.beperking-opheffen", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("opheffingReden", "Geen"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("De verwerking van dit dossier is niet beperkt."));
    }

    [Test]
    public void Permissions_OnlyPrivacyOfficerViewsAndLifts()
    {
        var permissions = new InburgeringPermissions().Permissions.ToDictionary(p => p.Name, p => p.DefaultRoles);

        Assert.That(permissions["inburgering.beperkt.view"], Is.EqualTo(new[] { HostRoles.PrivacyOfficer }));
        Assert.That(permissions["inburgering.beperking.lift"], Is.EqualTo(new[] { HostRoles.PrivacyOfficer }));
        Assert.That(permissions["inburgering.dossier.restrict"], Is.EqualTo(new[] { HostRoles.ConsulentInburgering }));
        Assert.That(permissions["inburgering.dossier.close"], Is.EqualTo(new[] { HostRoles.ConsulentInburgering }));
        Assert.That(permissions["inburgering.dossier.view"], Does.Not.Contain(HostRoles.PrivacyOfficer));
    }

    private async Task<ActionResult> RestrictAsync()
    {
        var result = await _plugin.ExecuteVersionedAsync(
            "inburgering.beperk", _dossierId, await _plugin.DossierVersionAsync(_dossierId), ("beperkingReden", "Intrekking door DUO"));
        Assert.That(result.Succeeded, Is.True, "restricting the dossier in the arrange step");
        return result;
    }
}
