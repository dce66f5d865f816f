using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SampleHost.Brp;
using SampleHost.Brp.StandIn;

namespace SampleHost.Tests.Brp;

/// <summary>The start-up checks of the <c>Brp</c> and <c>Brp:StandIn</c> settings.</summary>
[TestFixture]
public sealed class BrpRegistrationTests
{
    [TestCase("http://localhost:5080/haalcentraal/api/brp")]
    [TestCase("https://brp.example.nl/haalcentraal/api/brp/")]
    public void AddBrpClient_WithHttpUrl_PassesValidation(string baseUrl)
    {
        using var provider = BuildClientProvider(new() { ["Brp:BaseUrl"] = baseUrl });

        var options = provider.GetRequiredService<IOptions<BrpOptions>>().Value;

        Assert.That(options.BaseUrl, Is.EqualTo(baseUrl));
        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [TestCase("localhost:5080/haalcentraal/api/brp")]
    [TestCase("/haalcentraal/api/brp")]
    [TestCase("ftp://localhost/haalcentraal/api/brp")]
    public void AddBrpClient_WithInvalidUrl_FailsNamingSetting(string baseUrl)
    {
        using var provider = BuildClientProvider(new() { ["Brp:BaseUrl"] = baseUrl });

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<BrpOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("Brp:BaseUrl"));
        Assert.That(exception.Message, Does.Contain(baseUrl));
        Assert.That(exception.Message, Does.Contain("http://localhost:5080/haalcentraal/api/brp"));
    }

    [Test]
    public void AddBrpClient_WithoutUrl_FailsAsMissing()
    {
        using var provider = BuildClientProvider([]);

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<BrpOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("Brp:BaseUrl is missing"));
    }

    [Test]
    public void AddBrpClient_WithZeroTimeout_Fails()
    {
        using var provider = BuildClientProvider(new() { ["Brp:BaseUrl"] = "http://localhost:5080/haalcentraal/api/brp", ["Brp:Timeout"] = "00:00:00" });

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<BrpOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("Brp:Timeout"));
    }

    [Test]
    public void AddBrpStandIn_WithoutApiKey_FailsNamingSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Brp:StandIn:Enabled"] = "true" }).Build();
        using var provider = new ServiceCollection().AddLogging().AddBrpStandIn(configuration).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => _ = provider.GetRequiredService<IOptions<BrpStandInOptions>>().Value);

        Assert.That(exception!.Message, Does.Contain("Brp:StandIn:ApiKey is missing"));
    }

    private static ServiceProvider BuildClientProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBrpClient(configuration).BuildServiceProvider();
    }
}
