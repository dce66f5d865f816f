namespace Host.Abstractions;

/// <summary>The public facts of a signing key: what a signed document names to say which key signed it.</summary>
/// <param name="KeyId">
/// The key id, stable for the key's life. SampleHost uses the JWK thumbprint of the public key (RFC 7638, base64url of
/// SHA-256), so another deployment can compute the same id from the public key alone.
/// </param>
/// <param name="Algorithm">The JWS algorithm name (RFC 7518), such as <see cref="SigningAlgorithms.ES256"/>.</param>
public sealed record SigningKeyInfo(string KeyId, string Algorithm);
