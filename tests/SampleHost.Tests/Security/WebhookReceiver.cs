using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace SampleHost.Tests.Security;

/// <summary>
/// A webhook receiver on 127.0.0.1 for the subscriptions that the security tests add. It accepts every POST with
/// 204 and stores the bodies, so a delivery never leaves the test machine.
/// </summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public WebhookReceiver()
    {
        Url = $"http://127.0.0.1:{FreePort()}/meldingen/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ReceiveAsync);
    }

    /// <summary>The webhook URL, with a port that was free when the receiver started.</summary>
    public string Url { get; }

    /// <summary>The bodies of the requests received so far.</summary>
    public ConcurrentQueue<string> Bodies { get; } = new();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _ = _loop.Exception;
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using (var reader = new StreamReader(context.Request.InputStream))
            {
                Bodies.Enqueue(await reader.ReadToEndAsync());
            }

            context.Response.StatusCode = (int)HttpStatusCode.NoContent;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
