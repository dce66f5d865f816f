using Host.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Brp;
using TestSupport;
using TestSupport.LogScan;

namespace SampleHost.Tests.Brp;

/// <summary>A service provider with the BRP client registered by <c>AddBrpClient</c> from in-memory settings.</summary>
internal sealed class BrpClientServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public BrpClientServices(string baseUrl, string? apiKey, TimeSpan? timeout = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Brp:BaseUrl"] = baseUrl,
            ["Brp:ApiKey"] = apiKey,
        };
        if (timeout is { } value)
        {
            settings["Brp:Timeout"] = value.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).AddLogScan());
        services.AddBrpClient(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>What the client logged.</summary>
    public CollectingLoggerProvider Logs { get; } = new();

    public IBrpPersonen Client => _provider.GetRequiredService<IBrpPersonen>();

    public void Dispose() => _provider.Dispose();
}
