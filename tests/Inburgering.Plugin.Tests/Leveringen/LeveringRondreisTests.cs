using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Tests.Voortgang;
using Inburgering.Plugin.Uren;
using TestSupport;
using static Inburgering.Plugin.Tests.Leveringen.LeveringOmgeving;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>A delivery, its correction, its repeat and a race on one reference, on each database.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class LeveringRondreisTests(DatabaseProvider provider)
{
    private LeveringOmgeving _omgeving = null!;
    private Guid _dossierId;

    [SetUp]
    public async Task StartAsync()
    {
        _omgeving = await LeveringOmgeving.StartAsync(provider);
        _dossierId = await _omgeving.CursistAsync(Bsn1);
        await _omgeving.CursistAsync(Bsn2);
    }

    [TearDown]
    public async Task StopAsync() => await _omgeving.DisposeAsync();

    [Test]
    public async Task Levering_CorrectedAndRepeated_CountsOnce()
    {
        var eerste = await _omgeving.VerwerkAsync(_omgeving.Import(), [Regel(2, Bsn1), Regel(3, Bsn2), Regel(4, Bsn3)]);
        var correctie = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11-correctie"), [Regel(2, Bsn1, fysiek: "20", leveringId: "2026-11-correctie")]);
        var herhaald = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11-correctie"), [Regel(2, Bsn1, fysiek: "20", leveringId: "2026-11-correctie")]);
        var anders = await _omgeving.VerwerkAsync(_omgeving.Import(referentie: "2026-11-correctie"), [Regel(2, Bsn1, fysiek: "21", leveringId: "2026-11-correctie")]);

        var screen = (await _omgeving.Plugin.LoadScreenAsync("inburgering.voortgang", _dossierId.ToString()))!;
        var taal = VoortgangHarness.List(screen, "aanwezigheidOnderdeel").Rows.Single().Values;
        Assert.That(eerste.Status, Is.EqualTo(LeveringStatus.DeelsVerwerkt));
        Assert.That(eerste.Fouten.Single().Code, Is.EqualTo("geen-aanmelding"));
        Assert.That(correctie.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(herhaald.Herhaald, Is.True);
        Assert.That(herhaald.LeveringId, Is.EqualTo(correctie.LeveringId));
        Assert.That(anders.Geweigerd!.Nl, Does.StartWith("levering_id 2026-11-correctie is al gebruikt voor een andere levering op 04-12-2026"));
        Assert.That(taal[4], Is.EqualTo(20m));
        Assert.That(VoortgangHarness.Field(screen, "zrouteCursusuren"), Is.EqualTo(26m));
        Assert.That((await _omgeving.AlleAsync<Urenregel>()).Sum(r => r.Uren), Is.EqualTo(26m + 36m));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(2));
        Assert.That(await _omgeving.AantalAsync<LeveringFout>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Levering_RaceOnReference_AnswersAsRepeat()
    {
        LeveringUitkomst? eerste = null;
        var aanroepen = 0;
        LeveringRegel[] regels = [Regel(2, Bsn1), Regel(3, Bsn2)];

        var tweede = await _omgeving.VerwerkAsync(_omgeving.Import(), () =>
        {
            if (++aanroepen == 2)
            {
                eerste = Task.Run(() => _omgeving.VerwerkAsync(_omgeving.Import(), regels)).GetAwaiter().GetResult();
            }

            return Stroom(regels);
        });

        Assert.That(tweede.Herhaald, Is.True);
        Assert.That(tweede.LeveringId, Is.EqualTo(eerste!.LeveringId));
        Assert.That(await _omgeving.AantalAsync<Levering>(), Is.EqualTo(1));
        Assert.That(await _omgeving.AantalAsync<Voortgangsmelding>(), Is.EqualTo(2));
        Assert.That(_omgeving.Plugin.ProcessingLog.Records, Has.Count.EqualTo(2));
    }
}
