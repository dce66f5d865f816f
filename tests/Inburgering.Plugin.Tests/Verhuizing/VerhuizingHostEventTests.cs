using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Tests.DuoSignalen;
using Inburgering.Plugin.Verhuizing;
using TestSupport;

namespace Inburgering.Plugin.Tests.Verhuizing;

/// <summary>
/// The handler of the host's address changes. Suzanne Moulin (999993653) has a dossier in Rotterdam (0599); today is
/// Friday 4 December 2026.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VerhuizingHostEventTests(DatabaseProvider provider)
{
    private static readonly ProcessingRecord s_verhuizingCreate =
        new("inburgering.verhuizing", ProcessingOperation.Create, new DataSubject("BSN", "999993653"));

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;
    private string _clientId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = (await _plugin.RegisterAsync("999993653")).NavigateTo!.RecordId!;
        _clientId = (await _plugin.DossierAsync(_dossierId)).ClientId!;
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task AddressChanged_OtherGemeente_RecordsVerhuizing()
    {
        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, PluginHarness.DenHaag));

        var verhuizing = (await _plugin.AllVerhuizingenAsync()).Single();
        Assert.That(verhuizing.DossierId, Is.EqualTo(Guid.Parse(_dossierId)));
        Assert.That(verhuizing.Gemeente, Is.EqualTo("0599"));
        Assert.That(verhuizing.NieuweGemeente, Is.EqualTo("0518"));
        Assert.That(verhuizing.Datum, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(verhuizing.DatumUitBrp, Is.False);
        Assert.That(verhuizing.Bron, Is.EqualTo(VerhuizingBron.Host));
        Assert.That(verhuizing.Status, Is.EqualTo(VerhuizingStatus.Gesignaleerd));
        Assert.That(verhuizing.GesignaleerdOp, Is.EqualTo(PluginHarness.Now));
        Assert.That(verhuizing.AfgehandeldOp, Is.Null);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { s_verhuizingCreate }));
    }

    [Test]
    public async Task AddressChanged_OtherGemeente_CreatesTask()
    {
        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, PluginHarness.DenHaag));

        var verhuizing = (await _plugin.AllVerhuizingenAsync()).Single();
        var task = _plugin.WorkTasks.Open.Single();
        Assert.That(task.Key, Is.EqualTo($"inburgering.verhuizing:{verhuizing.Id}"));
        Assert.That(task.Kind, Is.EqualTo("inburgering.verhuizing"));
        Assert.That(task.RecordId, Is.EqualTo(_dossierId));
        Assert.That(task.RecordScreenId, Is.EqualTo("inburgering.dossier"));
        Assert.That(task.Title.Nl, Is.EqualTo("Verhuizing naar andere gemeente: overdracht voorbereiden"));
        Assert.That(task.DueDate, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(_plugin.WorkTasks.All.Single().Gemeente, Is.EqualTo("0599"));
    }

    [Test]
    public async Task AddressChanged_OtherGemeente_PublishesMelding()
    {
        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, PluginHarness.DenHaag));

        var melding = (await _plugin.VerhuizingMeldingenAsync()).Single();
        Assert.That(melding.Type, Is.EqualTo("nl.inburgering.verhuizing.gesignaleerd"));
        Assert.That(melding.Subject, Is.EqualTo(_dossierId));
        Assert.That(melding.Gemeente, Is.EqualTo("0599"));
        Assert.That(melding.Data, Is.EqualTo("""{"nieuweGemeente":"0518"}"""));
        Assert.That(melding.Tijd, Is.EqualTo(PluginHarness.Now));
    }

    [Test]
    public async Task AddressChanged_SameGemeente_RecordsNothing()
    {
        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, PluginHarness.Rotterdam));

        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
        Assert.That(await _plugin.VerhuizingMeldingenAsync(), Is.Empty);
        Assert.That(_plugin.WorkTasks.All, Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.Empty);
    }

    [Test]
    public async Task AddressChanged_Twice_RecordsOneVerhuizing()
    {
        var hostEvent = new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, PluginHarness.DenHaag);

        await _plugin.RaiseAsync(hostEvent);
        await _plugin.RaiseAsync(hostEvent);

        Assert.That(await _plugin.AllVerhuizingenAsync(), Has.Count.EqualTo(1));
        Assert.That(await _plugin.VerhuizingMeldingenAsync(), Has.Count.EqualTo(1));
        Assert.That(_plugin.WorkTasks.All, Has.Count.EqualTo(1));
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { s_verhuizingCreate }));
    }

    [Test]
    public async Task AddressChanged_SecondMoveWhileOpen_KeepsFirst()
    {
        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, PluginHarness.DenHaag));

        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, GemeenteCode.Parse("0363")));

        Assert.That((await _plugin.AllVerhuizingenAsync()).Select(v => v.NieuweGemeente), Is.EqualTo(new[] { "0518" }));
    }

    [Test]
    public async Task AddressChanged_ClosedDossier_IsIgnored()
    {
        await _plugin.MoveAsync(_dossierId, new DateOnly(2026, 12, 1), DossierStatus.Vertrokken);

        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, PluginHarness.DenHaag));

        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
        Assert.That(_plugin.WorkTasks.All, Is.Empty);
    }

    [Test]
    public async Task AddressChanged_RestrictedDossier_IsIgnored()
    {
        var restricted = await _plugin.ExecuteVersionedAsync(
            "inburgering.beperk",
            _dossierId,
            await _plugin.DossierVersionAsync(_dossierId),
            ("beperkingReden", "Bezwaar tegen de verwerking"));
        Assert.That(restricted.Succeeded, Is.True);

        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, _clientId, PluginHarness.DenHaag));

        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
    }

    [Test]
    public async Task AddressChanged_UnknownClient_IsIgnored()
    {
        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.Rotterdam, "client-99", PluginHarness.DenHaag));

        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
    }

    [Test]
    public async Task AddressChanged_InOtherGemeente_DoesNotReachDossier()
    {
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        await _plugin.RaiseAsync(new ClientAddressChanged(PluginHarness.DenHaag, _clientId, GemeenteCode.Parse("0363")));

        Assert.That(await _plugin.AllVerhuizingenAsync(), Is.Empty);
        Assert.That(_plugin.WorkTasks.All, Is.Empty);
    }
}
