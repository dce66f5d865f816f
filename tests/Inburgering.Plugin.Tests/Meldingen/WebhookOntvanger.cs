using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Inburgering.Plugin.Tests.Meldingen;

/// <summary>
/// A webhook receiver on 127.0.0.1 for tests: down (nothing listens on its port) until <see cref="Start"/>, then it
/// responds to each request with the status code <see cref="Antwoord"/> returns and records what arrived.
/// </summary>
internal sealed class WebhookOntvanger : IDisposable
{
    private readonly HttpListener _listener = new();
    private Task? _loop;

    public WebhookOntvanger()
    {
        // Port 0 lets the operating system pick a free port; the listener then binds to it once started.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>The subscription's secret, to check each request's signature.</summary>
    public string? Geheim { get; set; }

    /// <summary>Returns the status code for a request with the given <c>webhook-id</c>; 204 unless a test sets another.</summary>
    public Func<string, int> Antwoord { get; set; } = _ => 204;

    /// <summary>How long the receiver waits before it responds; zero unless a test sets another.</summary>
    public TimeSpan Vertraging { get; set; } = TimeSpan.Zero;

    /// <summary>Every request that arrived, in order, including those that got an error status.</summary>
    public ConcurrentQueue<OntvangenVerzoek> Verzoeken { get; } = new();

    /// <summary>The requests that got a 2xx status code.</summary>
    public IReadOnlyList<OntvangenVerzoek> Aangenomen => [.. Verzoeken.Where(v => v.Status is >= 200 and <= 299)];

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(LuisterAsync);
    }

    public void Dispose()
    {
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
    }

    private async Task LuisterAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(reader);
            var body = reader.ToArray();
            var id = context.Request.Headers["webhook-id"] ?? string.Empty;
            var timestamp = context.Request.Headers["webhook-timestamp"] ?? string.Empty;
            var signature = context.Request.Headers["webhook-signature"] ?? string.Empty;
            var status = Antwoord(id);

            Verzoeken.Enqueue(new OntvangenVerzoek(
                id,
                context.Request.ContentType,
                Encoding.UTF8.GetString(body),
                signature,
                Geheim is not null && signature == Verwacht(Geheim, id, timestamp, body),
                status));

            try
            {
                await Task.Delay(Vertraging);
                context.Response.StatusCode = status;
                context.Response.Close();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                // The client gave up waiting or the test ended; the request is recorded already.
            }
        }
    }

    /// <summary>Computes the Standard Webhooks signature the way a receiver does, with .NET's HMAC class.</summary>
    private static string Verwacht(string geheim, string id, string timestamp, byte[] body)
    {
        using var hmac = new HMACSHA256(Convert.FromBase64String(geheim["whsec_".Length..]));
        var inhoud = Encoding.UTF8.GetBytes($"{id}.{timestamp}.").Concat(body).ToArray();

        return "v1," + Convert.ToBase64String(hmac.ComputeHash(inhoud));
    }
}

/// <summary>One request as the test receiver got it.</summary>
internal sealed record OntvangenVerzoek(string Id, string? ContentType, string Body, string Signature, bool SignatureValid, int Status);
