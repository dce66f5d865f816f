namespace Host.Abstractions;

/// <summary>
/// Signs documents with the deployment's own key and verifies signatures against the keys the deployment trusts. The
/// host owns the keys, so a vendor can keep them in files, an HSM or a PKIoverheid certificate store without the plugin
/// knowing which. Signatures are JWS signatures (RFC 7515): for <see cref="SigningAlgorithms.ES256"/> the 64 bytes of
/// r and s, each 32 bytes big-endian, over the bytes the caller passes.
/// </summary>
/// <remarks>Register one implementation as a singleton; plugins receive it from the host.</remarks>
public interface IDocumentSigning
{
    /// <summary>The key that <see cref="SignAsync"/> uses: its id and algorithm.</summary>
    SigningKeyInfo Current { get; }

    /// <summary>Signs <paramref name="data"/> with the <see cref="Current"/> key.</summary>
    /// <param name="data">The bytes to sign; for a JWS, the ASCII of <c>protected.payload</c>.</param>
    /// <param name="cancellationToken">Cancels a signing that calls out, for example to an HSM.</param>
    /// <returns>The signature in the JWS form of <see cref="SigningKeyInfo.Algorithm"/>.</returns>
    Task<byte[]> SignAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>
    /// Verifies <paramref name="signature"/> over <paramref name="data"/> with the trusted key <paramref name="keyId"/>.
    /// An unknown key, an unsupported algorithm and a wrong signature are results, not exceptions.
    /// </summary>
    /// <param name="keyId">The key id from the document, such as a JWS <c>kid</c>.</param>
    /// <param name="algorithm">The algorithm from the document, such as a JWS <c>alg</c>; compared exactly.</param>
    /// <param name="data">The signed bytes.</param>
    /// <param name="signature">The signature in the JWS form of <paramref name="algorithm"/>.</param>
    /// <param name="cancellationToken">Cancels a check that calls out.</param>
    /// <returns>Valid with the trusted signer's name, or the reason the signature is not accepted.</returns>
    Task<SignatureCheck> VerifyAsync(string keyId, string algorithm, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> signature, CancellationToken cancellationToken);
}
