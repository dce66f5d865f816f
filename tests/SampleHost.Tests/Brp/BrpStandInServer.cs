using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Brp;
using TestSupport;
using TestSupport.LogScan;

namespace SampleHost.Tests.Brp;

/// <summary>
/// The BRP stand-in on Kestrel at 127.0.0.1, on a port the operating system picks, built the way a host wires it:
/// <c>AddBrpStandIn</c> and <c>MapBrpStandIn</c>.
/// </summary>
internal sealed class BrpStandInServer : IAsyncDisposable
{
    public const string ApiKey = "stand-in-test-key";

    private readonly WebApplication _app;

    private BrpStandInServer(WebApplication app, Uri address, CollectingLoggerProvider logs)
    {
        _app = app;
        Address = address;
        Logs = logs;
    }

    /// <summary>The root of the server, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The value for <c>Brp:BaseUrl</c>.</summary>
    public string BaseUrl => new Uri(Address, "haalcentraal/api/brp").ToString();

    /// <summary>The endpoint of the stand-in.</summary>
    public Uri PersonenUri => new(Address, "haalcentraal/api/brp/personen");

    /// <summary>What the server logged.</summary>
    public CollectingLoggerProvider Logs { get; }

    public static async Task<BrpStandInServer> StartAsync()
    {
        var logs = new CollectingLoggerProvider();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Brp:StandIn:Enabled"] = "true",
            ["Brp:StandIn:ApiKey"] = ApiKey,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddLogScan();
        builder.Services.AddBrpStandIn(builder.Configuration);

        var app = builder.Build();
        app.MapBrpStandIn();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new BrpStandInServer(app, new Uri(address + "/"), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
