using System.Globalization;
using System.Net;
using System.Text;
using Inburgering.Benchmarks.Load;
using TestSupport;

namespace Inburgering.Benchmarks.Targets.ProviderApi;

/// <summary>
/// The provider API under load: 64 concurrent clients each POST one delivery (one student, one week) with its own
/// <c>Idempotency-Key</c> to SampleHost on PostgreSQL, against a bare endpoint that inserts the same rows.
/// </summary>
/// <remarks>
/// Every delivery passes every rule of the product: the API key, the per-client rate limit, the idempotency key, the
/// row validation, the referral check in the caller's gemeente and one processing log record per student. The rate
/// limiter stays on, at the test kit's 100,000 requests per client per minute. The requests spread over 64 API keys,
/// 8 per aanbieder.
/// </remarks>
internal sealed class ProviderApiTarget : IPerformanceTarget
{
    private const int Clients = 64;

    private const int AanbiedersPerGemeente = 4;

    private const int ClientsPerAanbieder = 8;

    private static readonly TimeSpan s_timeLimit = TimeSpan.FromSeconds(30);

    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public string Name => "provider-api";

    public string Goal => "at least 2,000 deliveries/s and p99 at most 50 ms at 64 concurrent clients, and at least 0.5× a bare endpoint's throughput";

    public async Task<TargetResult> MeasureAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var requests = context.Quick ? 500 : 20_000;

        // SampleHost compiles methods at a higher tier for about 15 s under this load, so a shorter warm-up measures the JIT.
        var warmUp = context.Quick ? 100 : 10_000;
        var studentsPerAanbieder = context.Quick ? 20 : 500;

        var connectionString = await PostgresServer.CreateDatabaseAsync("bench_provider_api", cancellationToken);
        try
        {
            context.Progress("provider-api: starting SampleHost on PostgreSQL with the demo data");
            await using var host = new ProviderApiHost(PluginsFolder(), connectionString, TimeProvider.System.GetUtcNow());
            await host.StartAsync(cancellationToken);

            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(host.Clock.GetUtcNow(), s_amsterdam).DateTime);
            var data = await ProviderApiData.SeedAsync(connectionString, today, AanbiedersPerGemeente, studentsPerAanbieder, ClientsPerAanbieder, cancellationToken);
            context.Progress($"provider-api: seeded {data.StudentCount} students over {data.AanbiederCount} aanbieders and {data.ApiClientCount} API keys");

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients }) { Timeout = TimeSpan.FromSeconds(30) };
            var failures = new FailureSample();

            await using var bare = await BareDeliveryEndpoint.StartAsync(connectionString, data.StudentsByBsn());
            var baselineRun = await RunAsync(context, "bare endpoint", http, bare.BaseAddress, "leveringen", data, offset: 0, warmUp, requests, failures, cancellationToken);

            var productRun = await RunAsync(context, "SampleHost", http, host.BaseAddress, "api/v1/leveringen", data, offset: warmUp + requests, warmUp, requests, failures, cancellationToken);

            return Result(context, data, productRun, baselineRun, failures);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    /// <summary>Warms up, then measures <paramref name="requests"/> deliveries numbered from <paramref name="offset"/> plus the warm-up.</summary>
    private static async Task<LoadResult> RunAsync(
        BenchmarkContext context,
        string name,
        HttpClient http,
        Uri baseAddress,
        string path,
        ProviderApiData data,
        int offset,
        int warmUp,
        int requests,
        FailureSample failures,
        CancellationToken cancellationToken)
    {
        var uri = new Uri(baseAddress, path);
        context.Progress($"provider-api: warming up {name} with {warmUp} deliveries");
        await LoadDriver.RunAsync(Clients, warmUp, s_timeLimit, (n, token) => PostAsync(http, uri, data, offset + n, failures, token), cancellationToken);

        context.Progress($"provider-api: measuring {name}: {requests} deliveries or {s_timeLimit.TotalSeconds} s from {Clients} clients");
        var run = await LoadDriver.RunAsync(Clients, requests, s_timeLimit, (n, token) => PostAsync(http, uri, data, offset + warmUp + n, failures, token), cancellationToken);
        context.Progress($"provider-api: {name}: {Describe(run)}");
        return run;
    }

    private static async Task PostAsync(HttpClient http, Uri uri, ProviderApiData data, int n, FailureSample failures, CancellationToken cancellationToken)
    {
        var delivery = data.Delivery(n);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(delivery.Json(), Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", delivery.ApiKey);
        request.Headers.Add("Idempotency-Key", "bench-" + n.ToString(CultureInfo.InvariantCulture));

        using var response = await http.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            failures.Add($"{uri.AbsolutePath} returned {(int)response.StatusCode}: {body}");
            throw new HttpRequestException($"Expected 201 Created, got {(int)response.StatusCode}.");
        }
    }

    private static TargetResult Result(BenchmarkContext context, ProviderApiData data, LoadResult product, LoadResult baseline, FailureSample failures)
    {
        var ratio = baseline.Throughput > 0 ? product.Throughput / baseline.Throughput : (double?)null;
        var p99 = product.Latencies.Count > 0 ? product.Latencies.Percentile(99) : double.PositiveInfinity;
        var met = product.Failures == 0 && baseline.Failures == 0 && product.Throughput >= 2_000 && p99 <= 50 && ratio >= 0.5;

        var notes = new StringBuilder();
        notes.Append(CultureInfo.InvariantCulture, $"{Clients} clients, one API key each, rate limiter on. Ratio = product throughput / bare endpoint throughput.");
        if (failures.First is { } first)
        {
            notes.Append(CultureInfo.InvariantCulture, $" First failed request: {first}");
        }

        if (context.Quick)
        {
            notes.Append(" Quick run: too few requests to measure; it only shows that the target runs.");
        }

        return new TargetResult(
            "provider-api",
            "at least 2,000 deliveries/s and p99 at most 50 ms at 64 concurrent clients, and at least 0.5× a bare endpoint's throughput",
            string.Create(CultureInfo.InvariantCulture, $"{data.StudentCount:N0} students with a running TAAL referral at {data.AanbiederCount} aanbieders in 2 gemeenten, {data.ApiClientCount} API keys, plus the demo data; one row per delivery; PostgreSQL 15"),
            Describe(product),
            Describe(baseline),
            ratio,
            met,
            notes.ToString());
    }

    private static string Describe(LoadResult run)
    {
        if (run.Latencies.Count == 0)
        {
            return $"no successful request, {run.Failures} failed";
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{run.Throughput:N0}/s, p50 {run.Latencies.Percentile(50):F1} ms, p95 {run.Latencies.Percentile(95):F1} ms, p99 {run.Latencies.Percentile(99):F1} ms over {run.Latencies.Count:N0} requests in {run.Elapsed.TotalSeconds:F1} s, {run.Failures} failed");
    }

    /// <summary>Returns SampleHost's plugins folder, which building SampleHost publishes the plugin into.</summary>
    private static string PluginsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Inburgering.sln")))
            {
                return Path.Combine(folder.FullName, "SampleHost", "plugins");
            }
        }

        throw new DirectoryNotFoundException($"No Inburgering.sln above {AppContext.BaseDirectory}; run the benchmarks from the repository.");
    }

    /// <summary>Keeps the first failed response, so the report shows why requests failed.</summary>
    private sealed class FailureSample
    {
        private string? _first;

        public string? First => _first;

        public void Add(string failure) => Interlocked.CompareExchange(ref _first, failure, null);
    }
}
