namespace SampleHost.Signing;

/// <summary>The <c>Signing</c> settings: the deployment's own signing key and the public keys of others it trusts.</summary>
internal sealed class SigningOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Signing";

    /// <summary>
    /// The PEM file with the own ECDSA P-256 private key (PKCS#8 <c>PRIVATE KEY</c> or SEC 1 <c>EC PRIVATE KEY</c>),
    /// relative to the content root. Required outside Development; in Development it defaults to
    /// <c>App_Data/ondertekensleutel.pem</c>, created on first start.
    /// </summary>
    public string? KeyFile { get; set; }

    /// <summary>The name of the own key, shown to receivers as the signer. Defaults to <c>SampleHost</c>.</summary>
    public string Name { get; set; } = "SampleHost";

    /// <summary>The public keys of other deployments whose documents this deployment accepts.</summary>
    public List<TrustedKeyOptions> TrustedKeys { get; set; } = [];

    /// <summary>Whether a missing <see cref="KeyFile"/> is created with a new key; set only in Development.</summary>
    internal bool CreateKeyFileWhenMissing { get; set; }
}

/// <summary>One trusted public key: <c>Signing:TrustedKeys:{n}</c>.</summary>
internal sealed class TrustedKeyOptions
{
    /// <summary>The name shown as the signer of a document made with this key, such as <c>Gemeente Utrecht</c>. Required.</summary>
    public string? Name { get; set; }

    /// <summary>A PEM file with the ECDSA P-256 public key (<c>PUBLIC KEY</c>), relative to the content root.</summary>
    public string? PublicKeyFile { get; set; }

    /// <summary>The PEM text of the public key itself; set this or <see cref="PublicKeyFile"/>, not both.</summary>
    public string? PublicKeyPem { get; set; }
}
