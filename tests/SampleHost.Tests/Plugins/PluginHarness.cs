using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SampleHost.Events;
using SampleHost.Persistence;
using SampleHost.Plugins;
using TestSupport;
using TestSupport.LogScan;

namespace SampleHost.Tests.Plugins;

/// <summary>
/// The host's plugin-state services on a real, migrated SQLite file, with this test assembly standing in for a loaded
/// plugin, so a test can register plugin handlers of its own and watch the guard treat them as plugin code.
/// </summary>
internal sealed class PluginHarness : IAsyncDisposable
{
    public const string PluginId = "test-plugin";

    private readonly string _folder;

    private PluginHarness(ServiceProvider services, PluginDescriptor plugin, CollectingLoggerProvider logs, string folder)
    {
        Services = services;
        Plugin = plugin;
        Logs = logs;
        _folder = folder;
    }

    public ServiceProvider Services { get; }

    /// <summary>The stand-in plugin, whose contributions are the types of this test assembly.</summary>
    public PluginDescriptor Plugin { get; }

    public CollectingLoggerProvider Logs { get; }

    public PluginTenantStates States => Services.GetRequiredService<PluginTenantStates>();

    public PluginInvoker Invoker => Services.GetRequiredService<PluginInvoker>();

    /// <summary>Builds the services with <paramref name="register"/>'s additions, migrates the database and loads the (empty) states.</summary>
    public static async Task<PluginHarness> StartAsync(Action<IServiceCollection>? register = null)
    {
        var folder = Directory.CreateTempSubdirectory("plugin-harness-").FullName;
        var logs = new CollectingLoggerProvider();

        var plugin = new PluginDescriptor(Path.Combine(folder, PluginId));
        var hostApi = VersionRange.TryParse(">=1.0 <2.0", out var range) ? range : throw new InvalidOperationException("The test's Host API range is invalid.");
        plugin.SetManifest(new PluginManifest(PluginId, new SemanticVersion(1, 2, 3), hostApi, "Test.Plugin.dll"));
        plugin.SetLoaded(typeof(PluginHarness).Assembly, () => new NoReflectionScope());

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.ClearProviders().AddProvider(logs).AddLogScan());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ITenantContext, NoTenant>();
        services.AddDbContext<HostDbContext, SqliteHostDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "host.db")};Pooling=False"));
        services.AddOptions<PluginsOptions>();
        services.AddSingleton(new PluginCatalog([plugin]));
        services.AddSingleton<PluginTenantStates>();
        services.AddSingleton<PluginInvoker>();
        services.AddScoped<HostEventDispatcher>();
        register?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<HostDbContext>().Database.MigrateAsync();
        }

        provider.GetRequiredService<PluginTenantStates>().Load([]);
        return new PluginHarness(provider, plugin, logs, folder);
    }

    /// <summary>Returns the stored row of the stand-in plugin in <paramref name="gemeente"/>, or <see langword="null"/>.</summary>
    public async Task<PluginTenantStateRecord?> ReadRecordAsync(string gemeente)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.PluginTenantStates.AsNoTracking().SingleOrDefaultAsync(r => r.PluginId == PluginId && r.Gemeente == gemeente);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class NoReflectionScope : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
