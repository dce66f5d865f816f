using System.Security.Cryptography;
using Host.Abstractions;
using Microsoft.Extensions.Options;

namespace SampleHost.Signing;

/// <summary>
/// Signs with the own ECDSA P-256 key of <c>Signing:KeyFile</c> and verifies with the own key and the keys of
/// <c>Signing:TrustedKeys</c>, each found by its JWK thumbprint. The keys are read once, at the first use.
/// </summary>
internal sealed class EcdsaDocumentSigning : IDocumentSigning, IDisposable
{
    private const int Es256SignatureLength = 64;

    private readonly ECDsa _ownKey;

    private readonly Dictionary<string, (string Name, ECDsa Key)> _trusted = new(StringComparer.Ordinal);

    public EcdsaDocumentSigning(IOptions<SigningOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var settings = options.Value;
        if (settings.CreateKeyFileWhenMissing)
        {
            SigningKeyFiles.CreateIfMissing(settings.KeyFile!);
        }

        // The validator read these keys at start-up, so a failure here means a file changed since.
        _ownKey = SigningKeyFiles.Read(File.ReadAllText(settings.KeyFile!), isPrivate: true).Key
            ?? throw new InvalidOperationException($"Signing:KeyFile '{settings.KeyFile}' no longer contains an ECDSA P-256 private key. Restore the file and restart.");
        Current = new SigningKeyInfo(JwkThumbprint.Of(_ownKey), SigningAlgorithms.ES256);
        PublicKeyPem = _ownKey.ExportSubjectPublicKeyInfoPem();
        OwnName = settings.Name;
        _trusted[Current.KeyId] = (settings.Name, _ownKey);

        foreach (var trusted in settings.TrustedKeys)
        {
            var pem = string.IsNullOrWhiteSpace(trusted.PublicKeyPem) ? File.ReadAllText(trusted.PublicKeyFile!) : trusted.PublicKeyPem;
            var key = SigningKeyFiles.Read(pem, isPrivate: false).Key
                ?? throw new InvalidOperationException($"The trusted key '{trusted.Name}' no longer contains an ECDSA P-256 public key. Restore it and restart.");
            _trusted.TryAdd(JwkThumbprint.Of(key), (trusted.Name!, key));
        }
    }

    public SigningKeyInfo Current { get; }

    /// <summary>The own public key as PEM (<c>PUBLIC KEY</c>), for another deployment to trust.</summary>
    public string PublicKeyPem { get; }

    /// <summary>The name of the own key.</summary>
    public string OwnName { get; }

    public Task<byte[]> SignAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var signature = _ownKey.SignData(data.Span, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return Task.FromResult(signature);
    }

    public Task<SignatureCheck> VerifyAsync(string keyId, string algorithm, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentNullException.ThrowIfNull(algorithm);

        if (!string.Equals(algorithm, SigningAlgorithms.ES256, StringComparison.Ordinal))
        {
            return Task.FromResult(SignatureCheck.Rejected(SignatureCheckFailure.UnsupportedAlgorithm));
        }

        if (!_trusted.TryGetValue(keyId, out var trusted))
        {
            return Task.FromResult(SignatureCheck.Rejected(SignatureCheckFailure.UnknownKey));
        }

        var valid = signature.Length == Es256SignatureLength
            && trusted.Key.VerifyData(data.Span, signature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

        return Task.FromResult(valid ? SignatureCheck.Valid(trusted.Name) : SignatureCheck.Rejected(SignatureCheckFailure.InvalidSignature));
    }

    public void Dispose()
    {
        foreach (var (_, key) in _trusted.Values)
        {
            key.Dispose();
        }
    }
}
