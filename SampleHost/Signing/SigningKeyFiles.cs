using System.Security.Cryptography;

namespace SampleHost.Signing;

/// <summary>Reads ECDSA P-256 keys from PEM and creates the Development key file.</summary>
internal static class SigningKeyFiles
{
    /// <summary>Returns the key in <paramref name="pem"/>, or why it is not a P-256 key of the expected kind.</summary>
    /// <param name="pem">PEM text.</param>
    /// <param name="isPrivate">Whether a private key is expected.</param>
    public static (ECDsa? Key, string? Error) Read(string pem, bool isPrivate)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
        }
        catch (ArgumentException exception)
        {
            key.Dispose();
            return (null, $"it contains no ECDSA key in PEM form ({exception.Message})");
        }
        catch (CryptographicException exception)
        {
            key.Dispose();
            return (null, $"its key cannot be read ({exception.Message})");
        }

        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            return (null, $"its key is on the curve '{parameters.Curve.Oid.FriendlyName ?? parameters.Curve.Oid.Value}', but ES256 needs P-256");
        }

        if (isPrivate && !HasPrivateKey(key))
        {
            key.Dispose();
            return (null, "it contains a public key, but the own key must be the private key");
        }

        return (key, null);
    }

    /// <summary>Writes a new P-256 private key to <paramref name="path"/> unless the file exists, readable only by the owner.</summary>
    public static void CreateIfMissing(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(path))
        {
            // A second instance created the file first; that key is used.
        }
    }

    private static bool HasPrivateKey(ECDsa key)
    {
        try
        {
            return key.ExportParameters(includePrivateParameters: true).D is { Length: > 0 };
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
