using Microsoft.AspNetCore.DataProtection;

namespace SampleHost.Security;

/// <summary>
/// Where the keys that protect the login cookie and the anti-forgery tokens live. By default ASP.NET Core keeps them
/// per machine; with <c>DataProtection:KeysPath</c> set, every instance that shares the folder shares the key ring,
/// so a user signed in on one instance stays signed in on the others.
/// </summary>
internal static class DataProtectionRegistration
{
    /// <summary>The application name the key ring is isolated under; the same for every instance.</summary>
    public const string ApplicationName = "SampleHost";

    public static void AddSharedKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var keysPath = configuration["DataProtection:KeysPath"];
        if (string.IsNullOrWhiteSpace(keysPath))
        {
            return;
        }

        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(keysPath));
    }
}
