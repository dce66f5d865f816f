using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Uren;
using TestSupport;

namespace Inburgering.Plugin.Tests.Voortgang;

/// <summary>Recording and removing hours, and the move to InTraject with the first recorded progress.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class UrenActionTests(DatabaseProvider provider)
{
    private static readonly DataSubject s_subject = new("BSN", "999993653");

    private PluginHarness _plugin = null!;
    private string _dossierId = null!;

    [SetUp]
    public async Task StartPluginAsync()
    {
        _plugin = await PluginHarness.StartAsync(provider);
        _dossierId = await VoortgangHarness.RegisterAsync(_plugin);
        await VoortgangHarness.SetStatusAsync(_plugin, _dossierId, DossierStatus.PipVastgesteld);
        _plugin.ProcessingLog.Clear();
    }

    [TearDown]
    public async Task StopPluginAsync() => await _plugin.DisposeAsync();

    [Test]
    public async Task RegistreerUren_Valid_StoresRow()
    {
        var result = await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Nt2Fysiek", "12,75", metKeurmerk: "true");

        var regel = (await VoortgangHarness.AllUrenregelsAsync(_plugin)).Single();
        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.NavigateTo, Is.EqualTo(new ScreenLink("inburgering.voortgang", _dossierId)));
        Assert.That(regel.Soort, Is.EqualTo(UrenSoort.Nt2Fysiek));
        Assert.That(regel.Uren, Is.EqualTo(12.75m));
        Assert.That(regel.PeriodeVan, Is.EqualTo(new DateOnly(2026, 11, 1)));
        Assert.That(regel.PeriodeTot, Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(regel.MetKeurmerk, Is.True);
        Assert.That(regel.Aanbieder, Is.EqualTo("Taalschool Noord"));
        Assert.That(regel.Gemeente, Is.EqualTo("0599"));
        Assert.That(regel.GeregistreerdDoor, Is.EqualTo("medewerker-17"));
        Assert.That(regel.GeregistreerdOp, Is.EqualTo(PluginHarness.Now));
    }

    [Test]
    public async Task RegistreerUren_First_MovesToInTraject()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");

        var dossier = (await _plugin.AllDossiersAsync()).Single();
        var wijziging = (await VoortgangHarness.AllStatusWijzigingenAsync(_plugin)).Single();
        Assert.That(dossier.Status, Is.EqualTo(DossierStatus.InTraject));
        Assert.That(dossier.StatusSinds, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(wijziging.VorigeStatus, Is.EqualTo(DossierStatus.PipVastgesteld));
        Assert.That(wijziging.NieuweStatus, Is.EqualTo(DossierStatus.InTraject));
        Assert.That(wijziging.Op, Is.EqualTo(new DateOnly(2026, 12, 4)));
        Assert.That(wijziging.Door, Is.EqualTo("medewerker-17"));
        Assert.That(_plugin.Logs.Lines, Has.Some.Contains($"Dossier {_dossierId} moved to InTraject"));
    }

    [Test]
    public async Task RegistreerUren_Second_AddsNoStatusChange()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");

        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4", van: "2026-10-01", tot: "2026-10-31");

        Assert.That((await VoortgangHarness.AllStatusWijzigingenAsync(_plugin)), Has.Count.EqualTo(1));
        Assert.That((await VoortgangHarness.AllUrenregelsAsync(_plugin)), Has.Count.EqualTo(2));
    }

    [TestCase("Gekoppeld", TestName = "RegistreerUren_BeforePip_KeepsStatus")]
    [TestCase("BredeIntake", TestName = "RegistreerUren_DuringIntake_KeepsStatus")]
    public async Task RegistreerUren_OtherStatus_KeepsStatus(string status)
    {
        var expected = Enum.Parse<DossierStatus>(status);
        await VoortgangHarness.SetStatusAsync(_plugin, _dossierId, expected);

        var result = await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Knm", "4");

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(expected));
        Assert.That(await VoortgangHarness.AllStatusWijzigingenAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task KnmNietGestart_KeepsPipVastgesteld()
    {
        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.knm-vastleggen", _dossierId, ("knmStatus", "NietGestart"));

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.PipVastgesteld));
    }

    [Test]
    public async Task KnmBezig_MovesToInTraject()
    {
        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.knm-vastleggen", _dossierId, ("knmStatus", "Bezig"));

        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.InTraject));
    }

    [Test]
    public async Task RegistreerUren_RecordsCreateInProcessingLog()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");

        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.voortgang", ProcessingOperation.Create, s_subject) }));
    }

    [Test]
    public async Task RegistreerUren_StaleVersion_ReturnsConflict()
    {
        var seen = await _plugin.DossierVersionAsync(_dossierId);
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");

        var stale = await _plugin.ExecuteVersionedAsync("inburgering.uren-registreren", _dossierId, seen, ("soort", "Pvt"), ("periodeVan", "2026-10-01"), ("periodeTot", "2026-10-31"), ("uren", "4"));

        Assert.That(stale.IsConflict, Is.True);
        Assert.That(await VoortgangHarness.AllUrenregelsAsync(_plugin), Has.Count.EqualTo(1));
    }

    [TestCase("29-02-2027", "2027-03-31", "periodeVan", TestName = "RegistreerUren_29February2027_IsInvalid")]
    [TestCase("2026-11-01", "2026-12-05", "periodeTot", TestName = "RegistreerUren_EndTomorrow_IsInvalid")]
    [TestCase("2026-11-30", "2026-11-01", "periodeTot", TestName = "RegistreerUren_EndBeforeStart_IsInvalid")]
    public async Task RegistreerUren_InvalidPeriod_IsInvalid(string van, string tot, string field)
    {
        var result = await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4", van, tot);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { field }));
        Assert.That(await VoortgangHarness.AllUrenregelsAsync(_plugin), Is.Empty);
        Assert.That((await _plugin.AllDossiersAsync()).Single().Status, Is.EqualTo(DossierStatus.PipVastgesteld));
    }

    [Test]
    public async Task RegistreerUren_29February2028_IsValid()
    {
        _plugin.Clock.SetUtcNow(new DateTimeOffset(2028, 3, 1, 9, 0, 0, TimeSpan.Zero));

        var result = await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Nt2Online", "696", "1-2-2028", "29-2-2028");

        Assert.That(result.Succeeded, Is.True);
        Assert.That((await VoortgangHarness.AllUrenregelsAsync(_plugin)).Single().PeriodeTot, Is.EqualTo(new DateOnly(2028, 2, 29)));
    }

    [TestCase("0", TestName = "RegistreerUren_ZeroHours_IsInvalid")]
    [TestCase("720,25", TestName = "RegistreerUren_Over24PerDay_IsInvalid")]
    [TestCase("2,1", TestName = "RegistreerUren_NotQuarterHours_IsInvalid")]
    [TestCase("veel", TestName = "RegistreerUren_NotANumber_IsInvalid")]
    public async Task RegistreerUren_InvalidHours_IsInvalid(string uren)
    {
        var result = await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", uren);

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "uren" }));
    }

    [Test]
    public async Task RegistreerUren_UnknownKind_IsInvalid()
    {
        var result = await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Ona", "4");

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "soort" }));
    }

    [Test]
    public async Task RegistreerUren_RestrictedDossier_IsRejected()
    {
        await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.beperk", _dossierId, ("beperkingReden", "Intrekking door DUO"));

        var result = await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Message.Nl, Does.StartWith("De verwerking van dit dossier is beperkt"));
        Assert.That(await VoortgangHarness.AllUrenregelsAsync(_plugin), Is.Empty);
    }

    [Test]
    public async Task VerwijderUren_ByRegelnummer_RemovesAndLogsReason()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");
        var regel = (await VoortgangHarness.AllUrenregelsAsync(_plugin)).Single();
        _plugin.ProcessingLog.Clear();

        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.uren-verwijderen", _dossierId, ("regelnummer", regel.Id.ToString("N")[..8].ToUpperInvariant()), ("correctieReden", "DubbelIngevoerd"));

        Assert.That(result.Succeeded, Is.True);
        Assert.That(await VoortgangHarness.AllUrenregelsAsync(_plugin), Is.Empty);
        Assert.That(_plugin.ProcessingLog.Records, Is.EqualTo(new[] { new ProcessingRecord("inburgering.voortgang", ProcessingOperation.Delete, s_subject) }));
        Assert.That(_plugin.Logs.Lines, Has.Some.EqualTo($"Removed hours {regel.Id} from dossier {_dossierId} with reason DubbelIngevoerd"));
    }

    [Test]
    public async Task VerwijderUren_UnknownRegelnummer_IsInvalid()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");

        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.uren-verwijderen", _dossierId, ("regelnummer", "00000000"), ("correctieReden", "DubbelIngevoerd"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "regelnummer" }));
        Assert.That(await VoortgangHarness.AllUrenregelsAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task VerwijderUren_OtherGemeentesRow_IsNotFound()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");
        var regel = (await VoortgangHarness.AllUrenregelsAsync(_plugin)).Single();
        _plugin.Tenant.Current = PluginHarness.DenHaag;
        var ownDossier = await VoortgangHarness.RegisterAsync(_plugin);

        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.uren-verwijderen", ownDossier, ("regelnummer", regel.Id.ToString("N")[..8]), ("correctieReden", "VerkeerdDossier"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "regelnummer" }));
        Assert.That(await VoortgangHarness.AllUrenregelsAsync(_plugin), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task VerwijderUren_UnknownReason_IsInvalid()
    {
        await VoortgangHarness.UrenAsync(_plugin, _dossierId, "Pvt", "4");
        var regel = (await VoortgangHarness.AllUrenregelsAsync(_plugin)).Single();

        var result = await VoortgangHarness.ExecuteAsync(_plugin, "inburgering.uren-verwijderen", _dossierId, ("regelnummer", regel.Id.ToString("N")[..8]), ("correctieReden", "Typfout"));

        Assert.That(result.Errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "correctieReden" }));
    }
}
