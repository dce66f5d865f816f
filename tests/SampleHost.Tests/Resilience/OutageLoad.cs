using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace SampleHost.Tests.Resilience;

/// <summary>
/// A bounded load on <see cref="OutageServer"/> over 127.0.0.1: each aanbieder client sends planned deliveries one after
/// another, the consulent reads the werkvoorraad and a dossier screen, and a poller reads <c>/health/ready</c>.
/// </summary>
internal sealed class OutageLoad
{
    /// <summary>The pause of each client between two requests, so the load stays bounded on a shared machine.</summary>
    private static readonly TimeSpan s_pause = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan s_pauseAfterFailure = TimeSpan.FromMilliseconds(500);

    private readonly IReadOnlyList<HttpClient> _aanbieders;
    private readonly HttpClient _consulent;
    private readonly HttpClient _anonymous;
    private readonly IReadOnlyList<string> _pages;
    private readonly ConcurrentQueue<PlannedDelivery> _plan;
    private readonly ConcurrentQueue<RequestOutcome> _outcomes = new();

    public OutageLoad(OutageServer server, IReadOnlyList<HttpClient> aanbieders, HttpClient consulent, IReadOnlyList<string> pages, IEnumerable<PlannedDelivery> plan)
    {
        _aanbieders = aanbieders;
        _consulent = consulent;
        _anonymous = server.CreateBrowserLikeClient();
        _pages = pages;
        _plan = new(plan);
    }

    public IReadOnlyList<RequestOutcome> Outcomes => [.. _outcomes];

    /// <summary>Runs the clients until <paramref name="cancellationToken"/> is cancelled or the planned deliveries run out.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll([
            .. _aanbieders.Select(client => DeliverAsync(client, cancellationToken)),
            ReadPagesAsync(cancellationToken),
            PollReadinessAsync(cancellationToken),
        ]);

    /// <summary>Returns the deliveries sent under load, by key, with their status.</summary>
    public IReadOnlyDictionary<string, int> DeliveryStatuses() =>
        Outcomes.Where(o => o.Kind == RequestOutcome.Delivery).ToDictionary(o => o.Key!, o => o.Status, StringComparer.Ordinal);

    /// <summary>
    /// Returns every TAAL student with a BSN that the demo aanbieder may deliver for, with the referral's start, from
    /// the first page of <c>GET /api/v1/aanmeldingen</c>.
    /// </summary>
    public static async Task<IReadOnlyList<(string Bsn, DateOnly Start)>> TaalStudentsAsync(HttpClient aanbieder)
    {
        using var response = await aanbieder.GetAsync(new Uri("/api/v1/aanmeldingen", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), json);

        using var page = JsonDocument.Parse(json);
        return
        [
            .. page.RootElement.GetProperty("aanmeldingen").EnumerateArray()
                .Where(a => a.GetProperty("onderdeel").GetString() == "TAAL" && a.GetProperty("bsn").ValueKind == JsonValueKind.String)
                .Select(a => (a.GetProperty("bsn").GetString()!, DateOnly.ParseExact(a.GetProperty("startdatum").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .DistinctBy(s => s.Item1),
        ];
    }

    private async Task DeliverAsync(HttpClient client, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && _plan.TryDequeue(out var delivery))
        {
            var status = await SendAsync(() => delivery.SendAsync(client, CancellationToken.None));
            _outcomes.Enqueue(new RequestOutcome(RequestOutcome.Delivery, status, TimeProvider.System.GetUtcNow(), delivery.Key));

            // A client waits longer after a failure, as Retry-After requests, so the planned deliveries last past the outage.
            await PauseAsync(cancellationToken, status is 200 or 201 ? null : s_pauseAfterFailure);
        }
    }

    private async Task ReadPagesAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; !cancellationToken.IsCancellationRequested; i++)
        {
            var page = _pages[i % _pages.Count];
            var status = await SendAsync(async () =>
            {
                using var response = await _consulent.GetAsync(new Uri(page, UriKind.Relative), CancellationToken.None);
                return (int)response.StatusCode;
            });
            _outcomes.Enqueue(new RequestOutcome(RequestOutcome.Page, status, TimeProvider.System.GetUtcNow(), page));
            await PauseAsync(cancellationToken);
        }
    }

    private async Task PollReadinessAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var status = await SendAsync(async () =>
            {
                using var response = await _anonymous.GetAsync(new Uri("/health/ready", UriKind.Relative), CancellationToken.None);
                return (int)response.StatusCode;
            });
            _outcomes.Enqueue(new RequestOutcome(RequestOutcome.Ready, status, TimeProvider.System.GetUtcNow()));
            await PauseAsync(cancellationToken, TimeSpan.FromMilliseconds(50));
        }
    }

    /// <summary>Returns the status of the request, or 0 when the connection failed, so the test reports it.</summary>
    private static async Task<int> SendAsync(Func<Task<int>> send)
    {
        try
        {
            return await send();
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    private static async Task PauseAsync(CancellationToken cancellationToken, TimeSpan? pause = null)
    {
        try
        {
            await Task.Delay(pause ?? s_pause, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The run ends; the loop checks the token.
        }
    }
}
