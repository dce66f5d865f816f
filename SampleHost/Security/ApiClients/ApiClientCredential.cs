using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SampleHost.Security.ApiClients;

/// <summary>
/// An API key, <c>keyId.secret</c>, sent as <c>Authorization: Bearer keyId.secret</c> or <c>X-Api-Key: keyId.secret</c>.
/// </summary>
/// <remarks>
/// The secret is 32 random bytes, so it cannot be guessed or found from its hash by trying candidates. A fast hash
/// (SHA-256) is therefore enough; a slow password hash such as PBKDF2 protects low-entropy passwords and would only
/// slow down every API call.
/// </remarks>
internal sealed record ApiClientCredential(string KeyId, string Secret)
{
    public const string HeaderName = "X-Api-Key";

    private const string BearerPrefix = "Bearer ";

    private const int KeyIdBytes = 12;

    private const int SecretBytes = 32;

    /// <summary>The length of a key id: 12 bytes in base64url without padding.</summary>
    public const int KeyIdLength = 16;

    /// <summary>The key as the client sends it.</summary>
    public override string ToString() => $"{KeyId}.{Secret}";

    /// <summary>Creates a new key from the system's random number generator.</summary>
    public static ApiClientCredential Create() => new(
        WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(KeyIdBytes)),
        WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(SecretBytes)));

    /// <summary>Returns the SHA-256 hash of <paramref name="secret"/>'s UTF-8 bytes, as stored in <c>api_clients.secret_hash</c>.</summary>
    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Returns whether <paramref name="request"/> carries an API key header, valid or not.</summary>
    public static bool IsPresent(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the key from the <c>X-Api-Key</c> header or else the <c>Authorization: Bearer</c> header.</summary>
    public static bool TryRead(HttpRequest request, [NotNullWhen(true)] out ApiClientCredential? credential)
    {
        var header = request.Headers[HeaderName].ToString();
        if (header.Length == 0)
        {
            var authorization = request.Headers.Authorization.ToString();
            header = authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? authorization[BearerPrefix.Length..] : string.Empty;
        }

        var parts = header.Trim().Split('.');
        credential = parts is [{ Length: > 0 } keyId, { Length: > 0 } secret] ? new ApiClientCredential(keyId, secret) : null;
        return credential is not null;
    }

    /// <summary>Returns the key id for a log message: as sent when it has the form of a key id, otherwise a placeholder, so a client cannot write arbitrary text into the log.</summary>
    public string KeyIdForLog() =>
        KeyId.Length == KeyIdLength && KeyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? KeyId : "(malformed)";

    /// <summary>Returns whether this key's secret hashes to <paramref name="storedHash"/>, in time that does not depend on where they differ.</summary>
    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(Secret), storedHash);
}
