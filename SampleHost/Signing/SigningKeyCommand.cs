namespace SampleHost.Signing;

/// <summary>
/// <c>ondertekensleutel</c>: prints the deployment's own public key (PEM), its key id and name, so another deployment
/// can add it under <c>Signing:TrustedKeys</c>. Reads the configuration only; it starts no web server and opens no database.
/// </summary>
internal static class SigningKeyCommand
{
    public const string Name = "ondertekensleutel";

    /// <summary>Writes the public key, key id and name to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);

        var signing = services.GetRequiredService<EcdsaDocumentSigning>();

        await output.WriteLineAsync($"# Naam / name: {signing.OwnName}");
        await output.WriteLineAsync($"# Sleutel-id (kid) / key id: {signing.Current.KeyId}");
        await output.WriteLineAsync($"# Algoritme / algorithm: {signing.Current.Algorithm}");
        await output.WriteLineAsync(signing.PublicKeyPem);
        return 0;
    }
}
