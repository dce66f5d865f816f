using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SampleHost.Demo;
using SampleHost.Plugins;
using SampleHost.Tenancy;
using TestSupport;
using TestSupport.LogScan;

namespace Host.Abstractions.Testing;

/// <summary>
/// SampleHost, the reference host, started in the test process on Kestrel at a free port on 127.0.0.1, with the
/// plugins of <see cref="PluginTestHostOptions"/>, its own database, the Development demo gemeenten and users,
/// the BRP stand-in, and a <see cref="FakeTimeProvider"/> as the host's clock.
/// </summary>
/// <remarks>
/// The host loads each plugin from its published folder through its real loader, in a load context of its own,
/// so a test finds the packaging mistakes, missing registrations and failing migrations that a production host
/// would meet. Dispose the host to stop it and delete its temporary folder.
/// </remarks>
public class PluginTestHost : WebApplicationFactory<Program>
{
    /// <summary>How long <see cref="StartAsync"/> waits for the demo data.</summary>
    private static readonly TimeSpan s_demoDataTimeout = TimeSpan.FromMinutes(2);

    private readonly PluginTestHostOptions _options;
    private readonly string? _ownDatabase;
    private readonly string _workFolder;
    private readonly HostLog _log = new();
    private readonly StrongBox<IServiceCollection?> _registrations = new();
    private IHost? _host;

    /// <summary>
    /// Turns off the reloading of settings files and makes file providers poll, for every host of the test process.
    /// On Linux each file watcher takes one of the user's inotify instances (128 by default). A run of hundreds of hosts
    /// was seen holding 125 of them, from the web root's watchers, after which pages failed.
    /// </summary>
    static PluginTestHost()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    /// <summary>Prepares the host, which starts on first use or with <see cref="StartAsync"/>.</summary>
    /// <param name="options">The plugins, database, environment and clock.</param>
    /// <exception cref="ArgumentException">Both <see cref="PluginTestHostOptions.PluginsPath"/> and <see cref="PluginTestHostOptions.PublishedPlugins"/> are set.</exception>
    /// <exception cref="DirectoryNotFoundException">A published plugin folder does not exist.</exception>
    public PluginTestHost(PluginTestHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PluginsPath is not null && options.PublishedPlugins.Count > 0)
        {
            throw new ArgumentException("Set either PluginsPath or PublishedPlugins, not both.", nameof(options));
        }

        // A constructor cannot await. NUnit runs set-up code without a synchronization context, so blocking here does not deadlock.
        _ownDatabase = options.Provider == DatabaseProvider.PostgreSql && options.ConnectionString is null
            ? PostgresServer.CreateDatabaseAsync("samplehost").GetAwaiter().GetResult()
            : null;
        _options = _ownDatabase is null ? options : options with { ConnectionString = _ownDatabase };
        _workFolder = Directory.CreateTempSubdirectory("plugin-test-host-").FullName;
        try
        {
            PluginsFolder = options.PluginsPath ?? PublishedPluginFolders.CopyInto(Path.Combine(_workFolder, "plugins"), options.PublishedPlugins);
        }
        catch
        {
            TryDeleteWorkFolder();
            throw;
        }

        Clock = new FakeTimeProvider(options.StartTime) { AutoAdvanceAmount = options.ClockAutoAdvance };
        Port = FreePort.Next();
        UseKestrel(Port);
    }

    /// <summary>The TCP port the host listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The host's address, for example <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>
    /// The host's clock: every <see cref="TimeProvider"/> the host and its plugins resolve is this one. Unless
    /// <see cref="PluginTestHostOptions.ClockAutoAdvance"/> is set, it does not move until a test moves it, for
    /// example with <see cref="FakeTimeProvider.Advance"/>.
    /// </summary>
    /// <remarks>
    /// NOTE: the cookie login uses this clock too, so a test that advances it by more than the login's lifetime
    /// (14 days, the ASP.NET Core default) has to log in again.
    /// </remarks>
    public FakeTimeProvider Clock { get; }

    /// <summary>The plugins folder the host loads from.</summary>
    public string PluginsFolder { get; }

    /// <summary>Every message the host and its plugins logged so far.</summary>
    public IReadOnlyCollection<HostLogEntry> Logs => _log.Entries;

    /// <summary>Every plugin the host found, ordered by folder name. Starts the host when needed.</summary>
    public IReadOnlyList<PluginEntry> Plugins
    {
        get
        {
            StartServer();
            return [.. Services.GetRequiredService<PluginCatalog>().Plugins.Select(p => new PluginEntry(p))];
        }
    }

    /// <summary>The only plugin the host found. Starts the host when needed.</summary>
    /// <exception cref="InvalidOperationException">The host found no plugin or more than one.</exception>
    public PluginEntry Plugin
    {
        get
        {
            var plugins = Plugins;
            return plugins.Count == 1
                ? plugins[0]
                : throw new InvalidOperationException(
                    $"The host found {plugins.Count} plugins in {PluginsFolder} ({string.Join(", ", plugins.Select(p => p.Id))}), not one. Use GetPlugin with the plugin's id.");
        }
    }

    /// <summary>The host's service registrations after the plugins registered theirs. Starts the host when needed.</summary>
    internal IReadOnlyList<ServiceDescriptor> Registrations
    {
        get
        {
            StartServer();
            return [.. _registrations.Value ?? throw new InvalidOperationException("The host's service registrations were not captured. A subclass that overrides ConfigureWebHost must call the base method.")];
        }
    }

    /// <summary>Creates a host with only the plugin published in <paramref name="publishedFolder"/>, on a new SQLite file.</summary>
    /// <param name="publishedFolder">The plugin's publish folder, which contains its <c>plugin.json</c>.</param>
    public static PluginTestHost ForPlugin(string publishedFolder) =>
        new(new PluginTestHostOptions { PublishedPlugins = [publishedFolder] });

    /// <summary>Returns the plugin with <paramref name="pluginId"/>. Starts the host when needed.</summary>
    /// <param name="pluginId">The plugin's id, for example <c>inburgering</c>.</param>
    /// <exception cref="InvalidOperationException">The host found no plugin with that id.</exception>
    public PluginEntry GetPlugin(string pluginId)
    {
        var plugins = Plugins;
        return plugins.FirstOrDefault(p => p.Id == pluginId)
            ?? throw new InvalidOperationException(
                $"The host found no plugin '{pluginId}' in {PluginsFolder}. It found: {string.Join(", ", plugins.Select(p => p.Id))}.");
    }

    /// <summary>
    /// Starts the host, which migrates the database and loads the plugins, and waits until the demo data are seeded
    /// when <see cref="PluginTestHostOptions.SeedDemoData"/> is on. Calling it again returns at once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait for the demo data.</param>
    /// <exception cref="TimeoutException">Seeding the demo data took more than two minutes.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        StartServer();

        var seeding = Services.GetServices<IHostedService>().OfType<DemoDataSeeding>().SingleOrDefault();
        if (seeding?.ExecuteTask is not { } task)
        {
            return;
        }

        try
        {
            await task.WaitAsync(s_demoDataTimeout, cancellationToken);
        }
        catch (TimeoutException exception)
        {
            throw new TimeoutException(
                $"Seeding the demo data did not finish within {s_demoDataTimeout.TotalMinutes} minutes. The host logged: {string.Join(" | ", Logs.TakeLast(10))}",
                exception);
        }
    }

    /// <summary>Starts the host when needed and logs in as the demo user <paramref name="userId"/>.</summary>
    /// <param name="userId">A demo user id, see <see cref="DemoUsers.IdFor"/>.</param>
    public Task<HostSession> LogInAsync(string userId) => HostSession.LogInAsync(this, userId);

    /// <summary>Starts the server and returns a client that keeps cookies, does not follow redirects and talks to 127.0.0.1.</summary>
    public HttpClient CreateBrowserLikeClient()
    {
        StartServer();

        // A plain client over the loopback socket, as a browser would connect; it owns its handler.
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    /// <summary>
    /// Creates a service scope that acts as the demo user <paramref name="userId"/>, in that user's gemeente and
    /// role, as a request of that user would. Use it to call the host's or a plugin's services directly.
    /// </summary>
    /// <param name="userId">A demo user id, see <see cref="DemoUsers.IdFor"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="userId"/> is not a demo user.</exception>
    public AsyncServiceScope CreateScopeAs(string userId)
    {
        var user = DemoDirectory.FindUser(userId)
            ?? throw new ArgumentException($"'{userId}' is not a demo user. Use DemoUsers.IdFor to get one.", nameof(userId));

        return CreateScope(user.Gemeente.Code, user.UserId, user.DisplayName, new HashSet<string>([user.Role], StringComparer.Ordinal));
    }

    /// <summary>Creates a service scope that acts for <paramref name="gemeente"/> as a user with <paramref name="roles"/>.</summary>
    internal AsyncServiceScope CreateScope(GemeenteCode gemeente, string userId, string displayName, IReadOnlySet<string> roles)
    {
        StartServer();

        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ScopeIdentity>().RunAs(gemeente, userId, displayName, roles);
        return scope;
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        var environment = _host?.Services.GetService<IWebHostEnvironment>();
        await base.DisposeAsync();
        DisposeFileProviders(environment);
        _host = null;
        _registrations.Value = null;
        TryDeleteWorkFolder();
        if (_ownDatabase is not null)
        {
            await PostgresServer.DropDatabaseAsync(_ownDatabase);
        }

        GC.SuppressFinalize(this);
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        var connectionString = _options.ConnectionString ?? $"Data Source={Path.Combine(_workFolder, "samplehost.db")}";

        builder.UseEnvironment(_options.Environment);
        builder.UseSetting("Database:Provider", _options.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Plugins:Path", PluginsFolder);
        builder.UseSetting("Plugins:SafeMode", _options.SafeMode ? "true" : "false");
        builder.UseSetting("Brp:BaseUrl", new Uri(BaseAddress, "haalcentraal/api/brp").ToString());
        builder.UseSetting("Brp:ApiKey", "test-brp-key");
        builder.UseSetting("Brp:StandIn:Enabled", "true");
        builder.UseSetting("Brp:StandIn:ApiKey", "test-brp-key");
        builder.UseSetting("Privacy:PseudonymKey", "test-pseudonym-key-with-at-least-32-characters");
        builder.UseSetting("Demo:SeedData", _options.SeedDemoData ? "true" : "false");
        builder.UseSetting("Signing:KeyFile", WriteSigningKey());

        // Tests log in and send requests far more often than people do. The limits stay on, so every request passes the limiter.
        builder.UseSetting("RateLimiting:PermitLimit", "100000");
        builder.UseSetting("RateLimiting:LoginPermitLimit", "10000");

        // The callbacks capture locals, not this factory. Timers that the host started can keep the host builder and
        // these callbacks after the host stops, and a callback that captured the factory would keep the stopped host.
        var log = _log;
        var logScan = _options.LogScan;
        var clock = Clock;
        var registrations = _registrations;
        builder.ConfigureLogging(logging => logging.AddProvider(log).AddLogScan(logScan));

        // Runs after SampleHost and its plugins registered their services.
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);

            // A handler with a lifetime has a timer that keeps it, and through it the stopped host, for two minutes
            // after the host is gone. Every client talks to 127.0.0.1, so rotating handlers for DNS gains nothing here.
            services.ConfigureHttpClientDefaults(client => client.SetHandlerLifetime(Timeout.InfiniteTimeSpan));
            registrations.Value = services;
        });
    }

    /// <inheritdoc />
    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TryDeleteWorkFolder();
        }
    }

    /// <summary>
    /// Disposes the web root and content root file providers after the host stops. A provider that still watches its
    /// folder, with a polling timer or an inotify instance, keeps the stopped host's pages and caches in memory.
    /// </summary>
    private static void DisposeFileProviders(IWebHostEnvironment? environment)
    {
        if (environment is null)
        {
            return;
        }

        foreach (var provider in Flatten(environment.WebRootFileProvider).Concat(Flatten(environment.ContentRootFileProvider)))
        {
            (provider as IDisposable)?.Dispose();
        }
    }

    private static IEnumerable<IFileProvider> Flatten(IFileProvider? provider) =>
        provider switch
        {
            null => [],
            CompositeFileProvider composite => composite.FileProviders.SelectMany(Flatten),
            _ => [provider],
        };

    /// <summary>Writes a new ECDSA P-256 key for this host once, so no test signs with a key in the repository.</summary>
    private string WriteSigningKey()
    {
        var path = Path.Combine(_workFolder, "ondertekensleutel.pem");
        if (!File.Exists(path))
        {
            using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
            File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        }

        return path;
    }

    private void TryDeleteWorkFolder()
    {
        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Deleted by an earlier Dispose.
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the folder is under the system's temporary folder.
        }
    }
}
