using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SampleHost.Signing;

/// <summary>The JWK thumbprint of an EC public key (RFC 7638), used as its key id.</summary>
internal static class JwkThumbprint
{
    /// <summary>
    /// Returns base64url(SHA-256) of the key's JWK with only the required members in lexicographic order and no
    /// whitespace: <c>{"crv":"P-256","kty":"EC","x":...,"y":...}</c>.
    /// </summary>
    public static string Of(ECDsa key)
    {
        ArgumentNullException.ThrowIfNull(key);

        var parameters = key.ExportParameters(includePrivateParameters: false);
        var x = Base64Url.EncodeToString(parameters.Q.X);
        var y = Base64Url.EncodeToString(parameters.Q.Y);
        var jwk = $$"""{"crv":"P-256","kty":"EC","x":"{{x}}","y":"{{y}}"}""";

        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(jwk)));
    }
}
