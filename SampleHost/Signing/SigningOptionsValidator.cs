using Microsoft.Extensions.Options;

namespace SampleHost.Signing;

/// <summary>
/// Checks the <c>Signing</c> settings at start-up by reading every key, so a missing or wrong key fails the start and
/// not the first export or import.
/// </summary>
internal sealed class SigningOptionsValidator : IValidateOptions<SigningOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        CheckOwnKey(options, failures);

        if (string.IsNullOrWhiteSpace(options.Name))
        {
            failures.Add("Signing:Name is empty. Set it to the name receivers see as the signer, for example 'Gemeente Rotterdam'.");
        }

        for (var i = 0; i < options.TrustedKeys.Count; i++)
        {
            CheckTrustedKey(i, options.TrustedKeys[i], failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckOwnKey(SigningOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.KeyFile))
        {
            failures.Add("Signing:KeyFile is missing. Set it to a PEM file with an ECDSA P-256 private key, for example one made by 'openssl ecparam -name prime256v1 -genkey | openssl pkcs8 -topk8 -nocrypt'.");
            return;
        }

        if (options.CreateKeyFileWhenMissing && !File.Exists(options.KeyFile))
        {
            return;
        }

        if (!File.Exists(options.KeyFile))
        {
            failures.Add($"Signing:KeyFile '{options.KeyFile}' was not found. Set it to an existing PEM file with an ECDSA P-256 private key.");
            return;
        }

        var (key, error) = SigningKeyFiles.Read(File.ReadAllText(options.KeyFile), isPrivate: true);
        key?.Dispose();
        if (error is not null)
        {
            failures.Add($"Signing:KeyFile '{options.KeyFile}' is invalid: {error}.");
        }
    }

    private static void CheckTrustedKey(int index, TrustedKeyOptions trusted, List<string> failures)
    {
        var setting = $"Signing:TrustedKeys:{index}";
        if (string.IsNullOrWhiteSpace(trusted.Name))
        {
            failures.Add($"{setting}:Name is missing. Set it to the name shown as the signer, for example 'Gemeente Utrecht'.");
        }

        var hasFile = !string.IsNullOrWhiteSpace(trusted.PublicKeyFile);
        var hasPem = !string.IsNullOrWhiteSpace(trusted.PublicKeyPem);
        if (hasFile == hasPem)
        {
            failures.Add($"{setting} needs exactly one of PublicKeyFile and PublicKeyPem. Set one to the other deployment's public key, as its 'ondertekensleutel' command prints it.");
            return;
        }

        if (hasFile && !File.Exists(trusted.PublicKeyFile))
        {
            failures.Add($"{setting}:PublicKeyFile '{trusted.PublicKeyFile}' was not found. Set it to an existing PEM file with the public key.");
            return;
        }

        var pem = hasFile ? File.ReadAllText(trusted.PublicKeyFile!) : trusted.PublicKeyPem!;
        var (key, error) = SigningKeyFiles.Read(pem, isPrivate: false);
        key?.Dispose();
        if (error is not null)
        {
            failures.Add($"{setting}:{(hasFile ? "PublicKeyFile" : "PublicKeyPem")} is invalid: {error}.");
        }
    }
}
