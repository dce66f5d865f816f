using System.Diagnostics;

namespace SampleHost.Privacy;

/// <summary>
/// Listens to ASP.NET Core's request activities and records all of them, so every request has an
/// <see cref="Activity"/> with the W3C trace id, taken from an incoming <c>traceparent</c> header when there is one.
/// The processing log must not depend on someone else's listener or sampling. HttpClient passes the current
/// activity on as a <c>traceparent</c> header by itself, so outgoing calls such as the BRP's carry the same trace.
/// </summary>
internal sealed class RequestTracing : IHostedService, IDisposable
{
    private const string AspNetCoreSource = "Microsoft.AspNetCore";

    private ActivityListener? _listener;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AspNetCoreSource,
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
