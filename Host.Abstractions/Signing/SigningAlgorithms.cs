namespace Host.Abstractions;

/// <summary>The JWS algorithm names (RFC 7518) that hosts support for <see cref="IDocumentSigning"/>.</summary>
public static class SigningAlgorithms
{
    /// <summary>ECDSA on the P-256 curve with SHA-256; the signature is r and s, 32 bytes each, big-endian.</summary>
    public const string ES256 = "ES256";
}
