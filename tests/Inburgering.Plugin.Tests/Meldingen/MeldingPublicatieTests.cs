using System.Text.Json;
using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Tests.Leveringen;
using Inburgering.Plugin.Tests.Pip;
using TestSupport;
using static Inburgering.Plugin.Tests.Meldingen.MeldingenSteps;

namespace Inburgering.Plugin.Tests.Meldingen;

/// <summary>The notifications the existing flows publish in the same save as their change.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class MeldingPublicatieTests(DatabaseProvider provider)
{
    [Test]
    public async Task PipVaststellen_FirstPip_PublishesPipAndStatusChange()
    {
        await using var plugin = await PluginHarness.StartAsync(provider);
        var dossierId = await PipTestSteps.DossierInBredeIntakeAsync(plugin);

        await PipTestSteps.EerstePipAsync(plugin, dossierId, dagtekening: "2026-12-03");

        var meldingen = await MeldingenAsync(plugin);
        var versie = (await PipTestSteps.VersiesAsync(plugin)).Single();
        var pip = meldingen.Single(m => m.Type == MeldingTypen.PipVastgesteld);
        var status = meldingen.Single(m => m.Type == MeldingTypen.DossierStatusGewijzigd);
        Assert.That(meldingen.Select(m => m.Type), Is.EquivalentTo(new[]
        {
            MeldingTypen.DossierGeregistreerd, MeldingTypen.PipVastgesteld, MeldingTypen.DossierStatusGewijzigd,
        }));
        Assert.That(pip.Subject, Is.EqualTo(dossierId));
        Assert.That(Data(pip), Is.EqualTo(new Dictionary<string, string>
        {
            ["pipVersieId"] = versie.Id.ToString(),
            ["versienummer"] = "1",
            ["soort"] = nameof(PipSoort.Eerste),
            ["leerroute"] = "B1Route",
            ["dagtekening"] = "2026-12-03",
        }));
        Assert.That(Data(status)["status"], Is.EqualTo("PipVastgesteld"));
        Assert.That(Data(status)["op"], Is.EqualTo("2026-12-03"));
    }

    [Test]
    public async Task PipVaststellen_Rejected_PublishesNothing()
    {
        await using var plugin = await PluginHarness.StartAsync(provider);
        var dossierId = await PipTestSteps.DossierInBredeIntakeAsync(plugin);
        await PipTestSteps.ConceptAsync(plugin, dossierId);

        var result = await PipTestSteps.VaststellenAsync(plugin, dossierId, "2030-01-01");

        Assert.That(result.Succeeded, Is.False);
        Assert.That((await MeldingenAsync(plugin)).Select(m => m.Type), Is.EqualTo(new[] { MeldingTypen.DossierGeregistreerd }));
    }

    [Test]
    public async Task Levering_Processed_PublishesOneNotification()
    {
        await using var omgeving = await LeveringOmgeving.StartAsync(provider);
        await omgeving.CursistAsync(LeveringOmgeving.Bsn1);
        await omgeving.CursistAsync(LeveringOmgeving.Bsn2);

        var uitkomst = await omgeving.VerwerkAsync(omgeving.Import(), [LeveringOmgeving.Regel(2, LeveringOmgeving.Bsn1), LeveringOmgeving.Regel(3, LeveringOmgeving.Bsn2)]);

        var melding = (await MeldingenAsync(omgeving.Plugin)).Single(m => m.Type == MeldingTypen.LeveringVerwerkt);
        Assert.That(uitkomst.Status, Is.EqualTo(LeveringStatus.Verwerkt));
        Assert.That(melding.Subject, Is.EqualTo(uitkomst.LeveringId.ToString()));
        Assert.That(Data(melding), Is.EqualTo(new Dictionary<string, string>
        {
            ["aanbiederId"] = omgeving.Noord.Id.ToString(),
            ["status"] = "Verwerkt",
            ["aantalRegels"] = "2",
            ["aantalVerwerkt"] = "2",
            ["aantalGeweigerd"] = "0",
        }));
    }

    [Test]
    public async Task Levering_Refused_PublishesNothing()
    {
        await using var omgeving = await LeveringOmgeving.StartAsync(provider);
        await omgeving.CursistAsync(LeveringOmgeving.Bsn1);

        await omgeving.VerwerkAsync(
            omgeving.Import(modus: LeveringModus.AllesOfNiets),
            [LeveringOmgeving.Regel(2, LeveringOmgeving.Bsn1), LeveringOmgeving.Regel(3, LeveringOmgeving.Bsn3)]);

        Assert.That((await MeldingenAsync(omgeving.Plugin)).Where(m => m.Type == MeldingTypen.LeveringVerwerkt), Is.Empty);
    }

    private static Dictionary<string, string> Data(Melding melding) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(melding.Data!)!;
}
