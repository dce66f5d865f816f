namespace Host.Abstractions;

/// <summary>The result of <see cref="IDocumentSigning.VerifyAsync"/>: valid with the signer, or the reason it is not.</summary>
public sealed record SignatureCheck
{
    private SignatureCheck(string? signerName, SignatureCheckFailure? failure)
    {
        SignerName = signerName;
        Failure = failure;
    }

    /// <summary>Whether the signature is valid and made with a trusted key.</summary>
    public bool IsValid => Failure is null;

    /// <summary>The name the deployment gave the trusted key, such as a gemeente or a vendor; <see langword="null"/> unless valid.</summary>
    public string? SignerName { get; }

    /// <summary>Why the signature is not accepted; <see langword="null"/> when valid.</summary>
    public SignatureCheckFailure? Failure { get; }

    /// <summary>Creates the result for a valid signature.</summary>
    /// <param name="signerName">The trusted key's name.</param>
    /// <exception cref="ArgumentException"><paramref name="signerName"/> is empty.</exception>
    public static SignatureCheck Valid(string signerName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signerName);
        return new SignatureCheck(signerName, null);
    }

    /// <summary>Creates the result for a signature that is not accepted.</summary>
    /// <param name="failure">The reason.</param>
    public static SignatureCheck Rejected(SignatureCheckFailure failure) => new(null, failure);
}

/// <summary>Why <see cref="IDocumentSigning.VerifyAsync"/> did not accept a signature.</summary>
public enum SignatureCheckFailure
{
    /// <summary>The deployment trusts no key with the given key id.</summary>
    UnknownKey = 1,

    /// <summary>The host does not support the algorithm, or the key is of another algorithm.</summary>
    UnsupportedAlgorithm = 2,

    /// <summary>The signature does not match the data: the document was changed or signed with another key.</summary>
    InvalidSignature = 3,
}
