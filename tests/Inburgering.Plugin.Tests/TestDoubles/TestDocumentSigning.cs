using System.Security.Cryptography;
using Host.Abstractions;

namespace Inburgering.Plugin.Tests.TestDoubles;

/// <summary>
/// A deployment's signing in a test: a new ECDSA P-256 key, trusted under <see cref="Name"/>, plus the keys added with
/// <see cref="Trust"/>. It signs and verifies as the host does, with a random key id per instance.
/// </summary>
internal sealed class TestDocumentSigning : IDocumentSigning, IDisposable
{
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private readonly Dictionary<string, (string Name, ECDsa Key)> _trusted = new(StringComparer.Ordinal);

    public TestDocumentSigning(string name = "Testinstallatie")
    {
        Name = name;
        Current = new SigningKeyInfo($"test-{Guid.NewGuid():N}", SigningAlgorithms.ES256);
        _trusted[Current.KeyId] = (name, _key);
    }

    public string Name { get; }

    public SigningKeyInfo Current { get; }

    /// <summary>Trusts the key of <paramref name="other"/>, as an administrator does with <c>Signing:TrustedKeys</c>.</summary>
    public void Trust(TestDocumentSigning other)
    {
        ArgumentNullException.ThrowIfNull(other);

        var publicKey = ECDsa.Create(other._key.ExportParameters(includePrivateParameters: false));
        _trusted[other.Current.KeyId] = (other.Name, publicKey);
    }

    public Task<byte[]> SignAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        Task.FromResult(_key.SignData(data.Span, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    public Task<SignatureCheck> VerifyAsync(string keyId, string algorithm, ReadOnlyMemory<byte> data, ReadOnlyMemory<byte> signature, CancellationToken cancellationToken)
    {
        if (algorithm != SigningAlgorithms.ES256)
        {
            return Task.FromResult(SignatureCheck.Rejected(SignatureCheckFailure.UnsupportedAlgorithm));
        }

        if (!_trusted.TryGetValue(keyId, out var trusted))
        {
            return Task.FromResult(SignatureCheck.Rejected(SignatureCheckFailure.UnknownKey));
        }

        var valid = trusted.Key.VerifyData(data.Span, signature.Span, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
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
