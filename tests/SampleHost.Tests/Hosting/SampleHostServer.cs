using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TestSupport;

namespace SampleHost.Tests.Hosting;

/// <summary>
/// SampleHost on Kestrel at a free port on 127.0.0.1, with the plugins from a folder and its own database, so the
/// BRP stand-in, the BRP client and a browser all talk over real HTTP.
/// </summary>
internal sealed class SampleHostServer : WebApplicationFactory<Program>
{
    private readonly SampleHostSettings _settings;
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("samplehost-test-").FullName;

    public SampleHostServer(SampleHostSettings? settings = null)
    {
        _settings = settings ?? new SampleHostSettings();
        Port = FreePort.Next();
        UseKestrel(Port);
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>Starts the server and returns a client that keeps cookies, does not follow redirects and talks to 127.0.0.1.</summary>
    public HttpClient CreateBrowserLikeClient()
    {
        StartServer();

        // A plain client over the loopback socket, as a browser would connect; it owns its handler.
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var connectionString = _settings.ConnectionString ?? $"Data Source={Path.Combine(_dataFolder, "samplehost.db")}";

        builder.UseEnvironment(_settings.Environment);
        builder.UseSetting("Database:Provider", _settings.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Plugins:Path", _settings.PluginsPath);
        builder.UseSetting("Plugins:SafeMode", _settings.SafeMode ? "true" : "false");
        builder.UseSetting("Brp:BaseUrl", new Uri(BaseAddress, "haalcentraal/api/brp").ToString());
        builder.UseSetting("Brp:ApiKey", "test-brp-key");
        builder.UseSetting("Brp:StandIn:Enabled", "true");
        builder.UseSetting("Brp:StandIn:ApiKey", "test-brp-key");
        builder.UseSetting("Privacy:PseudonymKey", "test-pseudonym-key-with-at-least-32-characters");
        builder.UseSetting("Demo:SeedData", _settings.SeedDemoData ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TryDeleteDataFolder();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        TryDeleteDataFolder();
    }

    private void TryDeleteDataFolder()
    {
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the folder is under the system's temporary folder.
        }
    }
}
