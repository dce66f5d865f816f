namespace Inburgering.Plugin.Meldingen;

/// <summary>Sends one signed CloudEvent request to a webhook.</summary>
internal interface IWebhookVerzender
{
    /// <summary>Posts <paramref name="body"/> to <paramref name="url"/> with the Standard Webhooks headers.</summary>
    /// <param name="url">The subscription's webhook URL.</param>
    /// <param name="geheim">The subscription's secret.</param>
    /// <param name="eventId">The event id, sent as <c>webhook-id</c>.</param>
    /// <param name="body">The CloudEvent JSON.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The outcome; a time-out or a refused connection is a failure, not an exception.</returns>
    Task<WebhookUitkomst> VerzendAsync(Uri url, string geheim, Guid eventId, byte[] body, CancellationToken cancellationToken);
}

/// <summary>The outcome of one webhook request.</summary>
/// <param name="HttpStatus">The response status code, or <see langword="null"/> when no response came.</param>
/// <param name="Fout">What went wrong, without personal data, or <see langword="null"/> on success.</param>
internal sealed record WebhookUitkomst(int? HttpStatus, string? Fout)
{
    /// <summary>Whether the receiver accepted the event with a 2xx status code.</summary>
    public bool IsAfgeleverd => HttpStatus is >= 200 and <= 299;

    /// <summary>Whether the receiver responded 410 Gone: the webhook no longer exists.</summary>
    public bool IsVerdwenen => HttpStatus == 410;
}
