using System.Net;
using Host.Abstractions;
using Host.Abstractions.Testing;
using TestSupport;

namespace Schuldhulp.Plugin.Tests;

/// <summary>SampleHost with the inburgering and the schuldhulp plugin side by side in its plugins folder.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class TwoPluginsTests(DatabaseProvider provider)
{
    private const string InburgeringEntry = "href=\"/schermen/inburgering.dossiers\"";
    private const string SchuldhulpEntry = "href=\"/schermen/schuldhulp.aanmeldingen\"";

    [Test]
    public async Task BothPlugins_Start_ShowEachNavigationEntry()
    {
        await using var host = new PluginTestHost(new PluginTestHostOptions
        {
            Provider = provider,
            PublishedPlugins = [PublishedPlugins.Inburgering, PublishedPlugins.Schuldhulp],
        });
        using var consulent = await host.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));
        using var klantmanager = await host.LogInAsync(DemoUsers.IdFor(HostRoles.Klantmanager));

        var (consulentStatus, consulentHome) = await consulent.GetPageAsync("/");
        var (klantmanagerStatus, klantmanagerHome) = await klantmanager.GetPageAsync("/");
        var (schuldhulpStatus, _) = await klantmanager.GetPageAsync("/schermen/schuldhulp.aanmeldingen");
        var (inburgeringStatus, _) = await consulent.GetPageAsync("/schermen/inburgering.dossiers");

        Assert.That(host.Plugins.Select(p => p.ToString()), Is.EqualTo(new[] { "inburgering (Loaded)", "schuldhulp (Loaded)" }));
        Assert.That(consulentStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(consulentHome, Does.Contain(InburgeringEntry), "the consulent has inburgering.dossier.view");
        Assert.That(consulentHome, Does.Not.Contain(SchuldhulpEntry), "the consulent lacks schuldhulp.aanmelding.view");
        Assert.That(klantmanagerStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(klantmanagerHome, Does.Contain(SchuldhulpEntry), "the klantmanager has schuldhulp.aanmelding.view");
        Assert.That(klantmanagerHome, Does.Not.Contain(InburgeringEntry), "the klantmanager lacks inburgering.dossier.view");
        Assert.That(schuldhulpStatus, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(inburgeringStatus, Is.EqualTo(HttpStatusCode.OK));
    }
}
