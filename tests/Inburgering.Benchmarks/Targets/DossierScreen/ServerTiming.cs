using System.Globalization;

namespace Inburgering.Benchmarks.Targets.DossierScreen;

/// <summary>Reads the <c>app</c> metric of the <c>Server-Timing</c> response header that SampleHost adds.</summary>
internal static class ServerTiming
{
    private const string Prefix = "app;dur=";

    /// <summary>Returns the <c>dur</c> value of the <c>app</c> metric in milliseconds.</summary>
    /// <exception cref="InvalidOperationException">The response has no <c>Server-Timing: app;dur=</c> header.</exception>
    public static double ReadApplicationMilliseconds(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);

        if (response.Headers.TryGetValues("Server-Timing", out var values))
        {
            foreach (var value in values)
            {
                var metric = value.Split(',').Select(m => m.Trim()).FirstOrDefault(m => m.StartsWith(Prefix, StringComparison.Ordinal));
                if (metric is not null)
                {
                    return double.Parse(metric.AsSpan(Prefix.Length), NumberStyles.Float, CultureInfo.InvariantCulture);
                }
            }
        }

        throw new InvalidOperationException($"The response to {response.RequestMessage?.RequestUri} has no Server-Timing header with {Prefix}. Check that SampleHost uses ServerTimingMiddleware.");
    }
}
