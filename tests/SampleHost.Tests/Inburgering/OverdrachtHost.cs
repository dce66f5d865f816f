using System.Security.Cryptography;
using Host.Abstractions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Tests.Hosting;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// A second SampleHost on 127.0.0.1 with its own empty SQLite database that trusts the public keys it is given under
/// <c>Signing:TrustedKeys</c>, as a receiving system of an overdracht file.
/// </summary>
internal sealed class OverdrachtHost(DatabaseProvider provider, IReadOnlyList<(string Name, string PublicKeyPem)> trustedKeys) : PluginTestHost(new PluginTestHostOptions
{
    Provider = provider,
    PluginsPath = RepositoryPaths.PublishedPlugins,
    SeedDemoData = false,
    StartTime = TimeProvider.System.GetUtcNow(),
    ClockAutoAdvance = TimeSpan.FromMilliseconds(1),
})
{
    /// <summary>Returns the public key, as PEM, of the signing key file that <paramref name="host"/> runs with.</summary>
    public static string PublicKeyOf(PluginTestHost host)
    {
        var keyFile = host.Services.GetRequiredService<IConfiguration>()["Signing:KeyFile"];
        Assert.That(keyFile, Is.Not.Null.And.Not.Empty, "the host runs with a signing key file");

        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(keyFile!));
        return key.ExportSubjectPublicKeyInfoPem();
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        for (var i = 0; i < trustedKeys.Count; i++)
        {
            builder.UseSetting($"Signing:TrustedKeys:{i}:Name", trustedKeys[i].Name);
            builder.UseSetting($"Signing:TrustedKeys:{i}:PublicKeyPem", trustedKeys[i].PublicKeyPem);
        }
    }
}
