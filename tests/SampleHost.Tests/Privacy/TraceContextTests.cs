using System.Diagnostics;
using Host.Abstractions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Persistence;
using SampleHost.Privacy;
using SampleHost.Tenancy;
using SampleHost.Tests.Brp;
using SampleHost.Tests.Hosting;
using TestSupport;

namespace SampleHost.Tests.Privacy;

/// <summary>W3C trace context: accepted from a caller into the processing log, and passed on to the BRP.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class TraceContextTests(DatabaseProvider provider)
{
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string CallerSpanId = "00f067aa0ba902b7";

    [Test]
    public async Task IncomingTraceparent_RecordedWithCallerSpan()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        using var consulent = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");
        consulent.Client.DefaultRequestHeaders.Add("traceparent", $"00-{TraceId}-{CallerSpanId}-01");

        using var search = await consulent.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = "999993653" }, "/klanten?handler=Zoek");
        var entries = await ReadLogAsync(server, "0599");
        var searched = entries.Single(e => e.Operation == nameof(ProcessingOperation.Search));

        Assert.That(searched.TraceId, Is.EqualTo(TraceId));
        Assert.That(searched.ParentSpanId, Is.EqualTo(CallerSpanId));
        Assert.That(searched.SpanId, Does.Match("^[0-9a-f]{16}$"));
        Assert.That(searched.SpanId, Is.Not.EqualTo(CallerSpanId));
    }

    [Test]
    public async Task NoTraceparent_RecordsNewTraceWithoutParent()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        using var consulent = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");

        using var search = await consulent.PostFormAsync("/klanten", new Dictionary<string, string> { ["bsn"] = "999993653" }, "/klanten?handler=Zoek");
        var searched = (await ReadLogAsync(server, "0599")).Single(e => e.Operation == nameof(ProcessingOperation.Search));

        Assert.That(searched.TraceId, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(searched.TraceId, Is.Not.EqualTo(TraceId));
        Assert.That(searched.ParentSpanId, Is.Null);
    }

    [Test]
    public async Task BrpRequest_CarriesTraceparentOfCurrentTrace()
    {
        await using var brp = await RecordingBrpServer.StartAsync();
        using var services = new BrpClientServices(brp.BaseUrl, "test-key");
        using var activity = new Activity("inzage-test")
            .SetParentId(ActivityTraceId.CreateFromString(TraceId), ActivitySpanId.CreateFromString(CallerSpanId), ActivityTraceFlags.Recorded)
            .Start();

        var result = await services.Client.FindByBsnAsync(Bsn.Parse("999993653"), [BrpFields.Naam], CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BrpLookupStatus.NotFound));
        Assert.That(brp.Traceparents, Has.Count.EqualTo(1));
        Assert.That(brp.Traceparents[0], Does.Match($"^00-{TraceId}-[0-9a-f]{{16}}-01$"));
    }

    private static async Task<List<ProcessingLogEntry>> ReadLogAsync(SampleHostServer server, string gemeente)
    {
        await using var scope = server.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(GemeenteCode.Parse(gemeente), "test-reader", "Test", new HashSet<string>());
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.ProcessingLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>A BRP on 127.0.0.1 that returns no persons and stores the <c>traceparent</c> header of each request.</summary>
    private sealed class RecordingBrpServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private readonly List<string> _traceparents;

        private RecordingBrpServer(WebApplication app, string baseUrl, List<string> traceparents)
        {
            _app = app;
            BaseUrl = baseUrl;
            _traceparents = traceparents;
        }

        public string BaseUrl { get; }

        public IReadOnlyList<string> Traceparents
        {
            get
            {
                lock (_traceparents)
                {
                    return [.. _traceparents];
                }
            }
        }

        public static async Task<RecordingBrpServer> StartAsync()
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test", ContentRootPath = AppContext.BaseDirectory });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var traceparents = new List<string>();
            app.MapPost("/haalcentraal/api/brp/personen", (HttpRequest request) =>
            {
                lock (traceparents)
                {
                    traceparents.Add(request.Headers["traceparent"].ToString());
                }

                return Results.Json(new { type = "RaadpleegMetBurgerservicenummer", personen = Array.Empty<object>() });
            });
            await app.StartAsync();

            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new RecordingBrpServer(app, address + "/haalcentraal/api/brp", traceparents);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
