using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Concurrency;

/// <summary>Two administrators enable or disable the same plugin from pages opened at the same time.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed partial class PluginStateConcurrencyTests(DatabaseProvider provider)
{
    private const string Beheerder = "demo-0599-functioneel-beheerder";

    private SampleHostServer _server = null!;

    [SetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("plugin_state_concurrency")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [TearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task SecondChange_FromStalePage_IsRefused()
    {
        using var first = await HostSession.LogInAsync(_server, Beheerder);
        using var second = await HostSession.LogInAsync(_server, Beheerder);
        var (_, secondPage) = await second.GetPageAsync("/beheer/plugins");
        var staleVersion = FormHtml.InputValue(secondPage, "version")!;

        using var disable = await first.PostFormAsync("/beheer/plugins", new Dictionary<string, string> { ["pluginId"] = "inburgering", ["version"] = staleVersion }, "/beheer/plugins?handler=Uitschakelen");
        var (_, disabledPage) = await first.GetPageAsync("/beheer/plugins");
        using var enable = await first.PostFormAsync("/beheer/plugins", new Dictionary<string, string> { ["pluginId"] = "inburgering", ["version"] = FormHtml.InputValue(disabledPage, "version")! }, "/beheer/plugins?handler=Inschakelen");
        using var staleDisable = await second.PostFormAsync("/beheer/plugins", new Dictionary<string, string> { ["pluginId"] = "inburgering", ["version"] = staleVersion }, "/beheer/plugins?handler=Uitschakelen");
        var staleHtml = await staleDisable.Content.ReadAsStringAsync();
        var (_, afterwards) = await first.GetPageAsync("/beheer/plugins");

        Assert.That(staleVersion, Does.StartWith("Enabled-"));
        Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(enable.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(staleDisable.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(staleHtml, Does.Contain("Iemand anders heeft de status van deze plugin intussen gewijzigd."));
        Assert.That(TenantState().Match(afterwards).Groups[1].Value, Is.EqualTo("Enabled"), "the first user's last change is kept");
    }

    [GeneratedRegex("data-tenant-plugin=\"inburgering\">.*?data-tenant-state=\"(\\w+)\"", RegexOptions.Singleline)]
    private static partial Regex TenantState();
}
