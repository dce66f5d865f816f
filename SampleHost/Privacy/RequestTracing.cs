using System.Diagnostics;

namespace SampleHost.Privacy;

/// <summary>
/// Listens to ASP.NET Core's and HttpClient's activities and records all of them, so every request has an
/// <see cref="Activity"/> with the W3C trace id (taken from an incoming <c>traceparent</c> header when there is one)
/// and outgoing calls pass the trace on. The processing log must not depend on someone else's listener or sampling.
/// </summary>
internal sealed class RequestTracing : IHostedService, IDisposable
{
    private static readonly string[] s_sources = ["Microsoft.AspNetCore", "System.Net.Http"];

    private ActivityListener? _listener;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => s_sources.Contains(source.Name, StringComparer.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
    }
}
