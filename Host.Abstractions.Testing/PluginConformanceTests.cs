using System.Runtime.Loader;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using SampleHost.Plugins;
using TestSupport;

namespace Host.Abstractions.Testing;

/// <summary>
/// The checks every plugin has to pass, run against its published folder in SampleHost, the reference host. A
/// plugin's test project inherits this class and names the folder in <see cref="PublishedPluginFolder"/>.
/// </summary>
/// <remarks>
/// The tests share one host per fixture: SQLite, Development, demo data seeded, only this plugin in its plugins
/// folder. The PostgreSQL test starts a host of its own on a new database from <see cref="PostgresServer"/>.
/// Outside CI that test is ignored when PostgreSQL is not installed, and in CI it fails.
/// </remarks>
[TestFixture]
public abstract partial class PluginConformanceTests
{
    /// <summary>The gemeente the tests work in: the first demo gemeente.</summary>
    private static readonly GemeenteCode s_gemeente = GemeenteCode.Parse(DemoUsers.Rotterdam);

    private PluginTestHost? _host;

    /// <summary>What the shared host logged until it had started and seeded the demo data.</summary>
    private IReadOnlyList<HostLogEntry>? _startupLog;

    /// <summary>The plugin's publish folder, which contains its <c>plugin.json</c>, main assembly and private dependencies.</summary>
    protected abstract string PublishedPluginFolder { get; }

    /// <summary>Prepares the shared host, which the first test that needs it starts.</summary>
    [OneTimeSetUp]
    public void CreateHost() => _host = PluginTestHost.ForPlugin(PublishedPluginFolder);

    /// <summary>Stops the shared host.</summary>
    [OneTimeTearDown]
    public async Task StopHostAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>The host reads the plugin's <c>plugin.json</c> without errors.</summary>
    [Test]
    public void Manifest_PublishedFolder_IsReadable()
    {
        var (_, error) = PluginManifestReader.Read(PublishedPluginFolder);

        Assert.That(error?.En, Is.Null, $"plugin.json in {PublishedPluginFolder}");
    }

    /// <summary>The manifest's id is lower case and is the name of the plugin's folder.</summary>
    [Test]
    public void Manifest_Id_IsLowerCaseFolderName()
    {
        var manifest = ReadManifest();
        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(PublishedPluginFolder)));

        Assert.That(manifest.Id, Is.EqualTo(manifest.Id.ToLowerInvariant()), "the id is lower case");
        Assert.That(manifest.Id, Is.EqualTo(folderName), "the id is the folder name");
    }

    /// <summary>The manifest's Host API range includes the version of the contract the host implements.</summary>
    [Test]
    public void Manifest_HostApiRange_IncludesHostVersion()
    {
        var manifest = ReadManifest();

        Assert.That(manifest.HostApi.Includes(HostApi.Version), Is.True, $"Host API range '{manifest.HostApi}' and Host API {HostApi.Version}");
    }

    /// <summary>The main assembly the manifest names is in the published folder.</summary>
    [Test]
    public void Manifest_Assembly_IsInFolder()
    {
        var manifest = ReadManifest();

        Assert.That(File.Exists(Path.Combine(PublishedPluginFolder, manifest.Assembly)), Is.True, $"'{manifest.Assembly}' in {PublishedPluginFolder}");
    }

    /// <summary>
    /// The published folder has no copy of an assembly the host shares with plugins, such as Host.Abstractions.dll.
    /// A copy would give the plugin contract types of its own, which the host does not recognise.
    /// </summary>
    [Test]
    public void PublishedFolder_SharedAssemblies_AreAbsent()
    {
        var copies = SharedAssemblies.FileNames.Where(name => File.Exists(Path.Combine(PublishedPluginFolder, name))).ToList();

        Assert.That(copies, Is.Empty, "reference shared assemblies with Private=\"false\" and ExcludeAssets=\"runtime\"");
    }

    /// <summary>The host's real loader loads the plugin from its folder into a load context of its own.</summary>
    [Test]
    public async Task Loader_PublishedFolder_LoadsPlugin()
    {
        var host = await StartedHostAsync();

        var plugin = host.Plugin;

        Assert.That(plugin.Status, Is.EqualTo("Loaded"), plugin.Reason?.En);
        Assert.That(AssemblyLoadContext.GetLoadContext(plugin.Assembly!), Is.Not.EqualTo(AssemblyLoadContext.Default), "the plugin's own load context");
    }

    /// <summary>
    /// Every service the plugin registered resolves in a new scope: screens, actions, record fields, permissions,
    /// processing activities, the keyed data store and demo data seeder, and the plugin's own services.
    /// </summary>
    [Test]
    public async Task Registrations_NewScope_AllResolve()
    {
        var host = await StartedHostAsync();
        var plugin = LoadedPlugin(host);
        var contributed = host.Registrations.Where(d => IsContributedBy(d, plugin)).ToList();
        await using var scope = CreateConformanceScope(host);

        var failures = new List<string>();
        foreach (var group in contributed.Where(d => !d.ServiceType.IsGenericTypeDefinition).GroupBy(d => (d.ServiceType, d.ServiceKey)))
        {
            var failure = TryResolve(scope.ServiceProvider, group.Key.ServiceType, group.Key.ServiceKey, group.Count(), plugin);
            if (failure is not null)
            {
                failures.Add(failure);
            }
        }

        Assert.That(contributed, Is.Not.Empty, $"plugin '{plugin.Id}' registered no services");
        Assert.That(failures, Is.Empty);
    }

    /// <summary>The plugin's migrations create its tables in an empty SQLite database, and a second run finds nothing to do.</summary>
    [Test]
    public async Task Migrations_EmptySqlite_ApplyOnce()
    {
        var host = await StartedHostAsync();

        await AssertMigrationsApplyOnceAsync(host);
    }

    /// <summary>The plugin's migrations create its tables in an empty PostgreSQL database, and a second run finds nothing to do.</summary>
    [Test]
    public async Task Migrations_EmptyPostgreSql_ApplyOnce()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("plugin_conformance");
        try
        {
            await using var host = new PluginTestHost(new PluginTestHostOptions
            {
                PublishedPlugins = [PublishedPluginFolder],
                Provider = DatabaseProvider.PostgreSql,
                ConnectionString = connectionString,
                SeedDemoData = false,
            });
            await host.StartAsync();

            await AssertMigrationsApplyOnceAsync(host);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>The host and the plugin log no error while the host starts, migrates and seeds the demo data.</summary>
    [Test]
    public async Task Startup_WithDemoData_LogsNoErrors()
    {
        await StartedHostAsync();

        var errors = _startupLog!.Where(e => e.Level >= LogLevel.Error).Select(e => e.ToString()).ToList();

        Assert.That(errors, Is.Empty);
    }

    /// <summary>Every permission the plugin declares starts with its id and a dot, for example <c>schuldhulp.aanmelding.view</c>.</summary>
    [Test]
    public async Task Permissions_Names_StartWithPluginId()
    {
        var (plugin, contributions) = await LoadContributionsAsync();

        var outside = contributions.Permissions.Select(p => p.Name).Where(name => !IsNamespaced(name, plugin.Id)).ToList();

        Assert.That(outside, Is.Empty, $"permissions must start with '{plugin.Id}.'");
    }

    /// <summary>
    /// Every permission the plugin's screens, actions and record fields check is declared by the plugin or the host,
    /// because the host grants an undeclared permission to no one.
    /// </summary>
    [Test]
    public async Task Permissions_UsedByContributions_AreDeclared()
    {
        var (_, contributions) = await LoadContributionsAsync();

        var undeclared = contributions.UsedPermissions.Except(contributions.DeclaredPermissions.Select(p => p.Name), StringComparer.Ordinal).ToList();

        Assert.That(undeclared, Is.Empty, "declare these permissions in an IPermissionProvider");
    }

    /// <summary>Every screen id starts with the plugin's id and a dot.</summary>
    [Test]
    public async Task Screens_Ids_StartWithPluginId()
    {
        var (plugin, contributions) = await LoadContributionsAsync();

        var outside = contributions.Screens.Select(s => s.Id).Where(id => !IsNamespaced(id, plugin.Id)).ToList();

        Assert.That(outside, Is.Empty, $"screen ids must start with '{plugin.Id}.'");
    }

    /// <summary>Every action id starts with the plugin's id and a dot.</summary>
    [Test]
    public async Task Actions_Ids_StartWithPluginId()
    {
        var (plugin, contributions) = await LoadContributionsAsync();

        var outside = contributions.Actions.Select(a => a.Id).Where(id => !IsNamespaced(id, plugin.Id)).ToList();

        Assert.That(outside, Is.Empty, $"action ids must start with '{plugin.Id}.'");
    }

    /// <summary>Every processing activity id starts with the plugin's id and a dot.</summary>
    [Test]
    public async Task ProcessingActivities_Ids_StartWithPluginId()
    {
        var (plugin, contributions) = await LoadContributionsAsync();

        var outside = contributions.Activities.Select(a => a.Id).Where(id => !IsNamespaced(id, plugin.Id)).ToList();

        Assert.That(outside, Is.Empty, $"processing activity ids must start with '{plugin.Id}.'");
    }

    /// <summary>
    /// Enabling and disabling the plugin for one gemeente, twice over, leaves the same state as doing it once and
    /// leaves the other gemeenten alone.
    /// </summary>
    [Test]
    public async Task Enablement_EnableDisableTwice_IsIdempotent()
    {
        // A host of its own, because switching the plugin off would change what the other tests see.
        await using var host = PluginTestHost.ForPlugin(PublishedPluginFolder);
        await host.StartAsync();
        var pluginId = LoadedPlugin(host).Id;
        var administrator = DemoUsers.IdFor(HostRoles.FunctioneelBeheerder);

        var firstDisable = await ChangeAsync(host, administrator, pluginId, PluginTenantChange.Disable);
        var secondDisable = await ChangeAsync(host, administrator, pluginId, PluginTenantChange.Disable);
        var screensWhileDisabled = VisibleScreenCount(host, pluginId, DemoUsers.Rotterdam);
        var screensElsewhere = VisibleScreenCount(host, pluginId, DemoUsers.DenHaag);
        var firstEnable = await ChangeAsync(host, administrator, pluginId, PluginTenantChange.Enable);
        var secondEnable = await ChangeAsync(host, administrator, pluginId, PluginTenantChange.Enable);
        var screensAfterEnable = VisibleScreenCount(host, pluginId, DemoUsers.Rotterdam);

        Assert.That(firstDisable, Is.EqualTo(PluginTenantChangeResult.Changed));
        Assert.That(secondDisable, Is.EqualTo(PluginTenantChangeResult.Unchanged));
        Assert.That(screensWhileDisabled, Is.Zero, "a disabled plugin has no screens in its gemeente");
        Assert.That(screensElsewhere, Is.EqualTo(screensAfterEnable), "the other gemeente keeps every screen");
        Assert.That(firstEnable, Is.EqualTo(PluginTenantChangeResult.Changed));
        Assert.That(secondEnable, Is.EqualTo(PluginTenantChangeResult.Unchanged));
        Assert.That(screensAfterEnable, Is.GreaterThan(0), "enabled again, the plugin's screens are back");
    }

    private static async Task<PluginTenantChangeResult> ChangeAsync(PluginTestHost host, string userId, string pluginId, PluginTenantChange change)
    {
        await using var scope = host.CreateScopeAs(userId);
        return await scope.ServiceProvider.GetRequiredService<PluginTenantAdministration>().ChangeAsync(pluginId, change, CancellationToken.None);
    }

    /// <summary>Counts the plugin's screens the host finds for a gemeente, whatever their permission.</summary>
    private static int VisibleScreenCount(PluginTestHost host, string pluginId, string gemeente)
    {
        using var scope = host.CreateScope(GemeenteCode.Parse(gemeente), "conformance", "Conformance", new HashSet<string>());
        var catalog = scope.ServiceProvider.GetRequiredService<PluginCatalog>();
        var screens = scope.ServiceProvider.GetRequiredService<SampleHost.Screens.ScreenCatalog>();
        return scope.ServiceProvider.GetServices<IScreen>()
            .Where(screen => catalog.OwnerOf(screen)?.Id == pluginId)
            .Count(screen => screens.FindScreen(screen.Definition.Id) is not null);
    }

    /// <summary>
    /// Returns a record id to open the Page or ClientTab screen <paramref name="screen"/> with, or
    /// <see langword="null"/> to let the kit search the demo data. Override it for a screen that no list of the
    /// plugin links to.
    /// </summary>
    /// <param name="screen">The screen to render.</param>
    /// <param name="host">The started host, with the demo data seeded.</param>
    protected virtual Task<string?> FindRecordIdAsync(ScreenDefinition screen, PluginTestHost host) => Task.FromResult<string?>(null);

    /// <summary>Returns the fixture's host, started and with the demo data seeded.</summary>
    private async Task<PluginTestHost> StartedHostAsync()
    {
        if (_host is null)
        {
            throw new InvalidOperationException("The shared host does not exist, so CreateHost did not run. Run the tests with NUnit, which calls CreateHost first.");
        }

        await _host.StartAsync();
        _startupLog ??= [.. _host.Logs];
        return _host;
    }

    private async Task<(PluginEntry Plugin, PluginContributions Contributions)> LoadContributionsAsync()
    {
        var host = await StartedHostAsync();
        var plugin = LoadedPlugin(host);
        await using var scope = CreateConformanceScope(host);

        return (plugin, PluginContributions.From(scope.ServiceProvider, plugin));
    }

    private PluginManifest ReadManifest()
    {
        var (manifest, error) = PluginManifestReader.Read(PublishedPluginFolder);

        return manifest ?? throw new AssertionException($"The host cannot read plugin.json in {PublishedPluginFolder}: {error?.En}");
    }

    /// <summary>Returns the host's only plugin, and fails the test when the plugin is not loaded.</summary>
    private static PluginEntry LoadedPlugin(PluginTestHost host)
    {
        var plugin = host.Plugin;
        if (!plugin.IsLoaded)
        {
            Assert.Fail($"Plugin '{plugin.Id}' is not loaded, so this check cannot run: {plugin.Status}, {plugin.Reason?.En}");
        }

        return plugin;
    }

    /// <summary>Creates a scope in the first demo gemeente with every role, so each of the plugin's services may be used.</summary>
    private static AsyncServiceScope CreateConformanceScope(PluginTestHost host) =>
        host.CreateScope(s_gemeente, "plugin-conformance", "Plugin conformance", new HashSet<string>(HostRoles.All, StringComparer.Ordinal));

    private static async Task AssertMigrationsApplyOnceAsync(PluginTestHost host)
    {
        var plugin = LoadedPlugin(host);
        await using var scope = CreateConformanceScope(host);
        if (scope.ServiceProvider.GetKeyedService<IPluginDataStore>(plugin.Id) is not { } store)
        {
            Assert.Pass($"Plugin '{plugin.Id}' registers no IPluginDataStore, so it has no migrations to apply.");
            return;
        }

        IReadOnlyList<string> second;
        using (plugin.EnterContextualReflection())
        {
            second = await store.MigrateAsync(CancellationToken.None);
        }

        Assert.That(plugin.AppliedMigrations, Is.Not.Empty, "the migrations the host applied at start-up to the empty database");
        Assert.That(second, Is.Empty, "the migrations a second run applied");
    }

    /// <summary>Returns whether <paramref name="name"/> starts with <paramref name="pluginId"/> and a dot, and goes on after it.</summary>
    private static bool IsNamespaced(string name, string pluginId) =>
        name.Length > pluginId.Length + 1 && name.StartsWith(pluginId + ".", StringComparison.Ordinal);

    /// <summary>
    /// Returns whether the plugin registered <paramref name="descriptor"/>: its service type, implementation or
    /// factory comes from the plugin's load context, or the host keyed it by the plugin's id.
    /// </summary>
    private static bool IsContributedBy(ServiceDescriptor descriptor, PluginEntry plugin)
    {
        if (descriptor.IsKeyedService && descriptor.ServiceKey is string key && key == plugin.Id)
        {
            return true;
        }

        var implementation = descriptor.IsKeyedService
            ? descriptor.KeyedImplementationType ?? descriptor.KeyedImplementationInstance?.GetType() ?? descriptor.KeyedImplementationFactory?.Method.DeclaringType
            : descriptor.ImplementationType ?? descriptor.ImplementationInstance?.GetType() ?? descriptor.ImplementationFactory?.Method.DeclaringType;

        return InvolvesPlugin(descriptor.ServiceType, plugin) || InvolvesPlugin(implementation, plugin);
    }

    /// <summary>Returns whether <paramref name="type"/> or one of its generic arguments comes from the plugin.</summary>
    private static bool InvolvesPlugin(Type? type, PluginEntry plugin) =>
        type is not null
        && (plugin.Owns(type) || (type.IsConstructedGenericType && type.GenericTypeArguments.Any(t => InvolvesPlugin(t, plugin))));

    /// <summary>
    /// Resolves every registration of <paramref name="serviceType"/> and returns why that failed, or
    /// <see langword="null"/>. For a contract type it also checks that each of the plugin's registrations produced
    /// an instance of the plugin.
    /// </summary>
    private static string? TryResolve(IServiceProvider services, Type serviceType, object? key, int registrations, PluginEntry plugin)
    {
        var name = key is null ? serviceType.FullName : $"{serviceType.FullName} (key '{key}')";
        List<object?> instances;
        try
        {
            instances = key is null ? [.. services.GetServices(serviceType)] : [.. services.GetKeyedServices(serviceType, key)];
        }
        catch (Exception exception)
        {
            // A constructor or factory of the plugin may throw any exception, so the test reports each one by service.
            return $"{name}: {exception.GetType().Name}: {exception.Message}";
        }

        if (serviceType.Assembly != typeof(IPluginModule).Assembly)
        {
            return null;
        }

        var own = instances.Count(i => i is not null && plugin.Owns(i.GetType()));
        return own >= registrations ? null : $"{name}: {registrations} registrations of the plugin, but {own} instances of the plugin resolved";
    }
}
