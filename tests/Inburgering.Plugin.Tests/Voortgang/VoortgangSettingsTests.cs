using Host.Abstractions;
using Inburgering.Plugin.Voortgang;
using TestSupport;

namespace Inburgering.Plugin.Tests.Voortgang;

[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class VoortgangSettingsTests(DatabaseProvider provider)
{
    [Test]
    public void Settings_DeclareHourTargetsWithDefaults()
    {
        var settings = new VoortgangSettings().Settings;

        Assert.That(settings.Select(s => (s.Field.Key, s.Default)), Is.EqualTo(new[]
        {
            ("inburgering.pvt-minimum-uren", "12"),
            ("inburgering.zroute-cursusuren", "800"),
            ("inburgering.zroute-participatie-uren-asiel", "800"),
            ("inburgering.zroute-participatie-uren-overig", "0"),
        }));
        Assert.That(settings.Select(s => s.Field.Type), Has.All.EqualTo(FieldType.Number));
        Assert.That(settings.Select(s => s.Field.Minimum), Has.All.EqualTo(0m));
        Assert.That(settings[0].Field.Hint!.Nl, Does.Contain("niet bevestigd in de wet"));
    }

    [Test]
    public async Task UrenDoelen_GemeenteValues_AreRead()
    {
        await using var plugin = await PluginHarness.StartAsync(provider, migrate: false);
        plugin.Settings.Set(PluginHarness.Rotterdam, "inburgering.pvt-minimum-uren", "16.5");
        plugin.Settings.Set(PluginHarness.Rotterdam, "inburgering.zroute-participatie-uren-overig", "400");

        var doelen = await UrenDoelen.LeesAsync(plugin.Settings, CancellationToken.None);

        Assert.That(doelen, Is.EqualTo(new UrenDoelen(16.5m, 800m, 800m, 400m)));
        Assert.That(doelen, Is.Not.EqualTo(UrenDoelen.Standaard));
    }
}
