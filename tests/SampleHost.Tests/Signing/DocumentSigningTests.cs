using System.Security.Cryptography;
using System.Text;
using Host.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using SampleHost.Signing;

namespace SampleHost.Tests.Signing;

/// <summary>The host's document signing: keys from the <c>Signing</c> settings, signing, verifying and the start-up checks.</summary>
[TestFixture]
public sealed class DocumentSigningTests
{
    private static readonly byte[] s_data = Encoding.ASCII.GetBytes("eyJhbGciOiJFUzI1NiJ9.eyJ2ZXJzaWUiOiIxLjAifQ");

    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("signing-tests-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Verify_OwnSignature_IsValidWithOwnName()
    {
        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = WriteKey("eigen.pem"), ["Signing:Name"] = "Gemeente Rotterdam" });
        var signing = provider.GetRequiredService<IDocumentSigning>();

        var signature = await signing.SignAsync(s_data, CancellationToken.None);
        var check = await signing.VerifyAsync(signing.Current.KeyId, SigningAlgorithms.ES256, s_data, signature, CancellationToken.None);

        Assert.That(signature, Has.Length.EqualTo(64));
        Assert.That(check.IsValid, Is.True);
        Assert.That(check.SignerName, Is.EqualTo("Gemeente Rotterdam"));
        Assert.That(signing.Current.Algorithm, Is.EqualTo("ES256"));
    }

    [Test]
    public async Task Verify_ChangedData_IsInvalidSignature()
    {
        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = WriteKey("eigen.pem") });
        var signing = provider.GetRequiredService<IDocumentSigning>();
        var signature = await signing.SignAsync(s_data, CancellationToken.None);
        var changed = s_data.ToArray();
        changed[^1] ^= 1;

        var check = await signing.VerifyAsync(signing.Current.KeyId, SigningAlgorithms.ES256, changed, signature, CancellationToken.None);

        Assert.That(check.IsValid, Is.False);
        Assert.That(check.Failure, Is.EqualTo(SignatureCheckFailure.InvalidSignature));
        Assert.That(check.SignerName, Is.Null);
    }

    [Test]
    public async Task Verify_UnknownKeyId_IsUnknownKey()
    {
        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = WriteKey("eigen.pem") });
        var signing = provider.GetRequiredService<IDocumentSigning>();
        var signature = await signing.SignAsync(s_data, CancellationToken.None);

        var check = await signing.VerifyAsync("onbekende-sleutel", SigningAlgorithms.ES256, s_data, signature, CancellationToken.None);

        Assert.That(check.Failure, Is.EqualTo(SignatureCheckFailure.UnknownKey));
    }

    [TestCase("HS256")]
    [TestCase("es256")]
    [TestCase("none")]
    public async Task Verify_OtherAlgorithm_IsUnsupported(string algorithm)
    {
        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = WriteKey("eigen.pem") });
        var signing = provider.GetRequiredService<IDocumentSigning>();
        var signature = await signing.SignAsync(s_data, CancellationToken.None);

        var check = await signing.VerifyAsync(signing.Current.KeyId, algorithm, s_data, signature, CancellationToken.None);

        Assert.That(check.Failure, Is.EqualTo(SignatureCheckFailure.UnsupportedAlgorithm));
    }

    [Test]
    public async Task Verify_TrustedDeployment_ReturnsItsName()
    {
        using var sender = Provider("Production", new() { ["Signing:KeyFile"] = WriteKey("rotterdam.pem"), ["Signing:Name"] = "Gemeente Rotterdam" });
        var senderSigning = sender.GetRequiredService<EcdsaDocumentSigning>();
        var publicKeyFile = Path.Combine(_folder, "rotterdam.pub.pem");
        await File.WriteAllTextAsync(publicKeyFile, senderSigning.PublicKeyPem);
        using var receiver = Provider("Production", new()
        {
            ["Signing:KeyFile"] = WriteKey("denhaag.pem"),
            ["Signing:TrustedKeys:0:Name"] = "Gemeente Rotterdam (bestand)",
            ["Signing:TrustedKeys:0:PublicKeyFile"] = publicKeyFile,
        });
        var signature = await senderSigning.SignAsync(s_data, CancellationToken.None);

        var check = await receiver.GetRequiredService<IDocumentSigning>().VerifyAsync(senderSigning.Current.KeyId, SigningAlgorithms.ES256, s_data, signature, CancellationToken.None);

        Assert.That(check.IsValid, Is.True);
        Assert.That(check.SignerName, Is.EqualTo("Gemeente Rotterdam (bestand)"));
    }

    [Test]
    public async Task Verify_TrustedKeyAsPemText_IsValid()
    {
        using var sender = Provider("Production", new() { ["Signing:KeyFile"] = WriteKey("rotterdam.pem") });
        var senderSigning = sender.GetRequiredService<EcdsaDocumentSigning>();
        using var receiver = Provider("Production", new()
        {
            ["Signing:KeyFile"] = WriteKey("denhaag.pem"),
            ["Signing:TrustedKeys:0:Name"] = "Gemeente Rotterdam",
            ["Signing:TrustedKeys:0:PublicKeyPem"] = senderSigning.PublicKeyPem,
        });
        var signature = await senderSigning.SignAsync(s_data, CancellationToken.None);

        var check = await receiver.GetRequiredService<IDocumentSigning>().VerifyAsync(senderSigning.Current.KeyId, SigningAlgorithms.ES256, s_data, signature, CancellationToken.None);

        Assert.That(check.SignerName, Is.EqualTo("Gemeente Rotterdam"));
    }

    [Test]
    public void KeyId_IsJwkThumbprintOfPublicKey()
    {
        var keyFile = WriteKey("eigen.pem");
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(keyFile));
        var q = key.ExportParameters(false).Q;
        var jwk = $"{{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"{Base64Url(q.X!)}\",\"y\":\"{Base64Url(q.Y!)}\"}}";
        var expected = Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(jwk)));

        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = keyFile });

        Assert.That(provider.GetRequiredService<IDocumentSigning>().Current.KeyId, Is.EqualTo(expected));
        Assert.That(expected, Has.Length.EqualTo(43));
    }

    [Test]
    public void Development_WithoutKeyFile_ReusesCreatedKey()
    {
        string first;
        using (var provider = Provider("Development", []))
        {
            first = provider.GetRequiredService<IDocumentSigning>().Current.KeyId;
        }

        using var again = Provider("Development", []);
        var second = again.GetRequiredService<IDocumentSigning>().Current.KeyId;

        Assert.That(File.Exists(Path.Combine(_folder, "App_Data", "ondertekensleutel.pem")), Is.True);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Production_WithoutKeyFile_FailsNamingSetting()
    {
        using var provider = Provider("Production", []);

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<SigningOptions>>().Value);

        Assert.That(exception!.Message, Does.StartWith("Signing:KeyFile is missing."));
    }

    [Test]
    public void Start_KeyFileNotFound_NamesPath()
    {
        var missing = Path.Combine(_folder, "weg.pem");
        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = missing });

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<SigningOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain($"Signing:KeyFile '{missing}' was not found."));
    }

    [Test]
    public void Start_PublicOwnKey_Fails()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = Path.Combine(_folder, "publiek.pem");
        File.WriteAllText(file, key.ExportSubjectPublicKeyInfoPem());
        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = file });

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<SigningOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("Signing:KeyFile").And.Contain("the own key must be the private key"));
    }

    [Test]
    public void Start_KeyOnOtherCurve_FailsNamingCurve()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var file = Path.Combine(_folder, "p384.pem");
        File.WriteAllText(file, key.ExportPkcs8PrivateKeyPem());
        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = file });

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<SigningOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("but ES256 needs P-256"));
    }

    [Test]
    public void Start_TrustedKeyProblems_FailsNamingEachSetting()
    {
        using var provider = Provider("Production", new()
        {
            ["Signing:KeyFile"] = WriteKey("eigen.pem"),
            ["Signing:TrustedKeys:0:PublicKeyPem"] = "geen sleutel",
            ["Signing:TrustedKeys:1:Name"] = "Gemeente Utrecht",
        });

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<SigningOptions>>().Value);

        Assert.That(exception!.Failures, Has.Exactly(1).StartsWith("Signing:TrustedKeys:0:Name is missing."));
        Assert.That(exception.Failures, Has.Exactly(1).StartsWith("Signing:TrustedKeys:0:PublicKeyPem is invalid:"));
        Assert.That(exception.Failures, Has.Exactly(1).StartsWith("Signing:TrustedKeys:1 needs exactly one of PublicKeyFile and PublicKeyPem."));
        Assert.That(exception.Failures.Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task Command_PrintsPublicKeyAndKeyId()
    {
        using var provider = Provider("Production", new() { ["Signing:KeyFile"] = WriteKey("eigen.pem"), ["Signing:Name"] = "Gemeente Rotterdam" });
        var signing = provider.GetRequiredService<EcdsaDocumentSigning>();
        using var output = new StringWriter();

        var exitCode = await SigningKeyCommand.RunAsync(provider, output);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.ToString(), Does.Contain($"# Sleutel-id (kid) / key id: {signing.Current.KeyId}"));
        Assert.That(output.ToString(), Does.Contain("# Naam / name: Gemeente Rotterdam"));
        Assert.That(output.ToString(), Does.Contain("-----BEGIN PUBLIC KEY-----"));
        Assert.That(output.ToString(), Does.Not.Contain("PRIVATE"));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private string WriteKey(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        return path;
    }

    private ServiceProvider Provider(string environmentName, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { EnvironmentName = environmentName, ContentRootPath = _folder };

        return new ServiceCollection().AddDocumentSigning(configuration, environment).BuildServiceProvider();
    }
}
