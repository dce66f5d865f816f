using System.Diagnostics;
using System.Globalization;

namespace SampleHost.Hosting;

/// <summary>
/// Adds <c>Server-Timing: app;dur=&lt;ms&gt;</c> (W3C Server Timing) to every response: the milliseconds from this
/// middleware to the start of the response, with one decimal, so a load driver can measure server time apart from
/// the network and the client.
/// </summary>
/// <remarks>
/// The duration ends when the headers are sent, so it leaves out the time to write a streamed body after that.
/// </remarks>
internal sealed class ServerTimingMiddleware(RequestDelegate next)
{
    public const string HeaderName = "Server-Timing";

    public Task InvokeAsync(HttpContext context)
    {
        var startTimestamp = Stopwatch.GetTimestamp();

        context.Response.OnStarting(() =>
        {
            var milliseconds = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
            context.Response.Headers[HeaderName] = string.Create(CultureInfo.InvariantCulture, $"app;dur={milliseconds:0.0}");
            return Task.CompletedTask;
        });

        return next(context);
    }
}
