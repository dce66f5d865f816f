using Host.Abstractions;
using Inburgering.Plugin.BredeIntake;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Leerroutes;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace Inburgering.Plugin.Tests.BredeIntake;

/// <summary>One round trip of a whole intake through each database, with the gemeente filter.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BredeIntakePersistenceTests(DatabaseProvider provider)
{
    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        var registered = await _plugin.RegisterAsync("999993653", koppeldatum: "2026-11-20");
        _dossierId = registered.NavigateTo!.RecordId!;
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task WholeIntake_SavedAndCompleted_ReadsBack()
    {
        await _plugin.SaveAllPartsAsync(_dossierId);
        await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "leerroute", ("gekozenLeerroute", "Onderwijsroute"), ("afwijkingsreden", "Havo-diploma; taalschakeltraject naar het mbo"));

        var afgerond = await _plugin.SaveAsync(_dossierId, IntakeSteps.Prefix + "afronden");

        var intake = (await _plugin.IntakeAsync(_dossierId))!;
        var screen = await _plugin.LoadScreenAsync("inburgering.brede-intake", _dossierId);
        Assert.That(afgerond.Succeeded, Is.True);
        Assert.That(intake.LeerbaarheidstoetsScore, Is.EqualTo(30));
        Assert.That(intake.LeerbaarheidstoetsDatum, Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(intake.LeerbaarheidstoetsCesuur, Is.EqualTo(28));
        Assert.That(intake.GezondheidLichamelijk, Is.EqualTo("Rugklachten bij lang staan"));
        Assert.That(intake.TolkTaal, Is.EqualTo("Tigrinya"));
        Assert.That(intake.AfgerondOp, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(screen!.Version, Is.EqualTo(intake.ConcurrencyStamp.ToString("N")));
        Assert.That(await UitkomstAsync(), Is.EqualTo(new BredeIntakeUitkomst(
            true, new DateOnly(2026, 12, 4), Leerroute.B1Route, Leerroute.Onderwijsroute, "Havo-diploma; taalschakeltraject naar het mbo")));
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.BredeIntake));
    }

    [Test]
    public async Task Intake_OtherGemeente_IsNotFound()
    {
        await _plugin.SaveAllPartsAsync(_dossierId);
        _plugin.Tenant.Current = PluginHarness.DenHaag;

        var result = await _plugin.ExecuteVersionedAsync(IntakeSteps.Prefix + "ontwikkelwensen", _dossierId, await _plugin.IntakeVersionAsync(_dossierId), ("ontwikkelwensen", "Kok worden"));

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Is.EqualTo("Dit dossier bestaat niet in deze gemeente. Open het dossier opnieuw vanuit de lijst met inburgeraars."));
        Assert.That(await UitkomstAsync(), Is.Null);
    }

    private async Task<BredeIntakeUitkomst?> UitkomstAsync()
    {
        await using var scope = _plugin.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BredeIntakeUitkomstQuery>().FindAsync(Guid.Parse(_dossierId), CancellationToken.None);
    }
}
