using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Sends webhook requests over one <see cref="HttpClient"/> that the plugin owns for its lifetime. The host shares no
/// <c>IHttpClientFactory</c> with plugins, so a static client on a <see cref="SocketsHttpHandler"/> with a limited
/// connection lifetime reuses connections and still picks up DNS changes.
/// </summary>
internal sealed class WebhookVerzender(TimeProvider clock) : IWebhookVerzender
{
    /// <summary>How long a request may take before it counts as failed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly HttpClient s_client = new(new SocketsHttpHandler
    {
        // A redirect could lead the request to a host the functioneel beheerder never entered, so it counts as a failure.
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = Timeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        Timeout = Timeout,
    };

    public async Task<WebhookUitkomst> VerzendAsync(Uri url, string geheim, Guid eventId, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(body);

        var id = eventId.ToString("D");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CloudEvent.MediaType) { CharSet = "utf-8" };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookHandtekening.Onderteken(geheim, id, timestamp, body));

        try
        {
            using var response = await s_client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;

            return new WebhookUitkomst(status, response.IsSuccessStatusCode ? null : Omschrijf(response.StatusCode));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookUitkomst(null, string.Create(CultureInfo.InvariantCulture, $"Timed out after {Timeout.TotalSeconds:0} seconds."));
        }
        catch (HttpRequestException exception)
        {
            // The message names the host and the socket error; the URL carries no personal data (no user info is allowed).
            return new WebhookUitkomst(null, "Request failed: " + exception.Message);
        }
    }

    private static string Omschrijf(HttpStatusCode status) =>
        string.Create(CultureInfo.InvariantCulture, $"The receiver answered HTTP {(int)status} {status}.");
}
