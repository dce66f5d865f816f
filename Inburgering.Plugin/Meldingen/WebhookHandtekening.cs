using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Secrets and signatures of the Standard Webhooks scheme: the secret is <c>whsec_</c> followed by base64 of random
/// bytes, and a request carries <c>webhook-signature: v1,</c> followed by base64 of HMAC-SHA256 over
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>, keyed with the secret's decoded bytes.
/// </summary>
internal static class WebhookHandtekening
{
    /// <summary>The prefix of a secret.</summary>
    public const string GeheimPrefix = "whsec_";

    /// <summary>The number of random bytes in a new secret: 256 bits, the output size of SHA-256.</summary>
    public const int GeheimBytes = 32;

    /// <summary>Creates a new random secret.</summary>
    public static string NieuwGeheim() => GeheimPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(GeheimBytes));

    /// <summary>Returns the value of the <c>webhook-signature</c> header for one request.</summary>
    /// <param name="geheim">The subscription's secret, with or without the <c>whsec_</c> prefix.</param>
    /// <param name="id">The <c>webhook-id</c>: the event id.</param>
    /// <param name="timestamp">The <c>webhook-timestamp</c>: seconds since 1970-01-01 UTC.</param>
    /// <param name="body">The exact bytes of the request body.</param>
    /// <exception cref="FormatException">The secret is not base64 after its prefix.</exception>
    public static string Onderteken(string geheim, string id, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(geheim);
        ArgumentNullException.ThrowIfNull(id);

        var sleutel = Convert.FromBase64String(geheim.StartsWith(GeheimPrefix, StringComparison.Ordinal) ? geheim[GeheimPrefix.Length..] : geheim);
        var kop = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}.{timestamp}."));

        var inhoud = new byte[kop.Length + body.Length];
        kop.CopyTo(inhoud, 0);
        body.CopyTo(inhoud.AsSpan(kop.Length));

        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(sleutel, inhoud));
    }
}
