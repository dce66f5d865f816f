using System.Net;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Security;

/// <summary>
/// A BSN never travels in a URL: no GET route has a BSN parameter, no form that submits with GET has a BSN field, and
/// the searches by BSN post and redirect to our own ids.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class BsnSearchTests(DatabaseProvider provider)
{
    private SampleHostServer _server = null!;
    private HostRoutes _routes = null!;

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, SeedDemoData = true });
        _routes = await HostRoutes.ReadAsync(_server);
    }

    [OneTimeTearDown]
    public async Task StopServerAsync() => await _server.DisposeAsync();

    [Test]
    public void GetRoutes_HaveNoBsnParameter()
    {
        var getRoutes = _routes.Endpoints.Where(e => HostRoutes.Methods(e).Contains("GET")).ToList();

        Assert.That(getRoutes, Has.Count.GreaterThanOrEqualTo(10));
        foreach (var endpoint in getRoutes)
        {
            Assert.That(endpoint.RoutePattern.Parameters.Select(p => p.Name), Has.None.Contains("bsn").IgnoreCase, endpoint.RoutePattern.RawText);
        }
    }

    [Test]
    public async Task BsnFields_OnEveryPage_PostOnly()
    {
        var forms = await PageForms.CollectAsync(_server, _routes);
        var bsnForms = forms.Where(f => PageForms.FieldNames(f).Any(IsBsnField)).ToList();

        Assert.That(forms.Select(f => f.Method).Distinct(), Is.SubsetOf(new[] { "get", "post" }));
        Assert.That(bsnForms.Select(f => f.Page), Does.Contain("/klanten"), "the client search has a BSN field");
        Assert.That(bsnForms.Select(f => f.Page), Does.Contain("/schermen/inburgering.dossiers"), "the dossier search has a BSN field");
        foreach (var form in bsnForms)
        {
            Assert.That(form.Method, Is.EqualTo("post"), $"a form with a BSN field on {form.Page} as {form.UserId}");
        }
    }

    [Test]
    public async Task ClientSearch_ByBsn_RedirectsToClientId()
    {
        using var session = await _server.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));
        var bsn = await BsnOfDemoClientAsync();

        using var response = await session.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = bsn }, "/klanten?handler=Zoek");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.OriginalString, Is.EqualTo($"/klanten/{_routes.ClientId}"));
    }

    [Test]
    public async Task DossierSearch_ByBsn_RedirectsWithoutBsn()
    {
        using var session = await _server.LogInAsync(DemoUsers.IdFor(HostRoles.ConsulentInburgering));
        var bsn = await BsnOfDemoClientAsync();

        using var response = await session.PostActionAsync("/schermen/inburgering.dossiers", "inburgering.zoek", new Dictionary<string, string> { ["bsn"] = bsn });

        Assert.That((int)response.StatusCode, Is.LessThan(500));
        Assert.That(response.Headers.Location?.OriginalString ?? "", Does.Not.Contain(bsn));
    }

    private static bool IsBsnField(string nameOrId) => nameOrId.Contains("bsn", StringComparison.OrdinalIgnoreCase);

    private async Task<string> BsnOfDemoClientAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.Clients.IgnoreQueryFilters().Where(c => c.Id == _routes.ClientId).Select(c => c.Bsn).SingleAsync();
    }
}
