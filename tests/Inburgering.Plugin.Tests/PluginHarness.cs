using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Tests.TestDoubles;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TestSupport;
using TestSupport.LogScan;

namespace Inburgering.Plugin.Tests;

/// <summary>
/// The plugin as a host runs it: <see cref="InburgeringModule"/> registered in a real service collection, a real
/// database with the migrations applied, and small stand-ins for the host's ports.
/// </summary>
internal sealed class PluginHarness : IAsyncDisposable
{
    public static readonly GemeenteCode Rotterdam = GemeenteCode.Parse("0599");

    public static readonly GemeenteCode DenHaag = GemeenteCode.Parse("0518");

    /// <summary>Friday 4 December 2026, 11:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database;

    private PluginHarness(TestDatabase database, string environmentName, Action<IServiceCollection>? replaceServices)
    {
        _database = database;
        Clients = new InMemoryClientDirectory(Tenant);
        WorkTasks = new InMemoryWorkTasks(Tenant);

        var manifest = new PluginManifest(
            "inburgering",
            new SemanticVersion(0, 1, 0),
            VersionRange.TryParse(">=1.0 <2.0", out var range) ? range : throw new InvalidOperationException("Invalid range."),
            "Inburgering.Plugin.dll")
        {
            Schema = "inburgering",
        };

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug).AddLogScan());
        services.AddSingleton<ITenantContext>(Tenant);
        services.AddSingleton<ITenantDatabaseSession>(new TestTenantDatabaseSession(database.Database, Tenant));
        services.AddSingleton<ICurrentUser>(User);
        services.AddSingleton<InMemoryPluginSettings>();
        services.AddSingleton<IPluginSettings>(provider => provider.GetRequiredService<InMemoryPluginSettings>());
        services.AddSingleton<IBrpPersonen>(Brp);
        services.AddSingleton<IClientDirectory>(Clients);
        services.AddSingleton<IWorkTasks>(WorkTasks);
        services.AddSingleton<RecordingProcessingLog>();
        services.AddSingleton<IProcessingLog>(provider => provider.GetRequiredService<RecordingProcessingLog>());
        services.AddSingleton<IDocumentSigning>(Signing);

        new InburgeringModule().ConfigureServices(services, new PluginContext(manifest, database.Database, environmentName));
        services.AddSingleton<TimeProvider>(Clock);
        replaceServices?.Invoke(services);

        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public TestTenant Tenant { get; } = new() { Current = Rotterdam };

    public TestUser User { get; } = new();

    /// <summary>The deployment's signing key; another harness's key is trusted with <see cref="TestDocumentSigning.Trust"/>.</summary>
    public TestDocumentSigning Signing { get; } = new();

    public InMemoryPluginSettings Settings => Services.GetRequiredService<InMemoryPluginSettings>();

    public FakeBrp Brp { get; } = new(BrpTestPersons.All);

    public FakeTimeProvider Clock { get; } = new(Now);

    public InMemoryClientDirectory Clients { get; }

    public InMemoryWorkTasks WorkTasks { get; }

    public CollectingLoggerProvider Logs { get; } = new();

    public ServiceProvider Services { get; }

    public RecordingProcessingLog ProcessingLog => Services.GetRequiredService<RecordingProcessingLog>();

    /// <summary>
    /// Creates an empty database and starts the plugin on it, with its migrations applied unless <paramref name="migrate"/>
    /// is false. <paramref name="replaceServices"/> runs after the plugin's registrations, so a test can put a test
    /// double in place of one of the plugin's services; a later registration wins for a single service.
    /// </summary>
    public static async Task<PluginHarness> StartAsync(
        DatabaseProvider provider,
        string environmentName = "Development",
        bool migrate = true,
        Action<IServiceCollection>? replaceServices = null)
    {
        var database = await TestDatabase.CreateAsync(provider, migrate ? MigrateTemplateAsync : null);
        var harness = new PluginHarness(database, environmentName, replaceServices);

        // On a copy of the migrated PostgreSQL template this finds every migration applied and changes nothing.
        if (migrate)
        {
            await harness.MigrateAsync();
        }

        return harness;
    }

    /// <summary>Applies the plugin's migrations to the PostgreSQL template that migrated test databases copy.</summary>
    private static async Task MigrateTemplateAsync(string connectionString)
    {
        var template = TestDatabase.Borrow(new PluginDatabase(DatabaseProvider.PostgreSql, connectionString));
        await using var harness = new PluginHarness(template, "Development", replaceServices: null);

        await harness.MigrateAsync();
    }

    public string ConnectionString => _database.Database.ConnectionString;

    public async Task<IReadOnlyList<string>> MigrateAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPluginDataStore>().MigrateAsync(CancellationToken.None);
    }

    public Task<ActionResult> ExecuteAsync(string actionId, string? recordId, params (string Key, string? Value)[] values) =>
        ExecuteVersionedAsync(actionId, recordId, null, values);

    /// <summary>Runs an action on a record as a form that was opened at <paramref name="expectedVersion"/>.</summary>
    public async Task<ActionResult> ExecuteVersionedAsync(string actionId, string? recordId, string? expectedVersion, params (string Key, string? Value)[] values)
    {
        await using var scope = Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IActionHandler>().Single(h => h.Definition.Id == actionId);

        var request = new ActionRequest(recordId, values.ToDictionary(v => v.Key, v => v.Value)) { ExpectedVersion = expectedVersion };
        return await handler.ExecuteAsync(request, CancellationToken.None);
    }

    /// <summary>Returns the stored version of a dossier, as its screens show it.</summary>
    public async Task<string> DossierVersionAsync(string dossierId)
    {
        var dossier = (await AllDossiersAsync()).Single(d => d.Id == Guid.Parse(dossierId));
        return DossierEdit.VersionOf(dossier);
    }

    /// <summary>Runs the scheduled job <paramref name="jobId"/> for the current gemeente, as the host does at its due moment.</summary>
    public async Task<JobResult> RunJobAsync(string jobId)
    {
        await using var scope = Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Definition.Id == jobId);

        return await job.RunAsync(new JobContext(Tenant.Current!.Value, Clock.GetUtcNow()), CancellationToken.None);
    }

    /// <summary>
    /// Runs the daily deadline scan with only the rule of <paramref name="kind"/>, so a test of one rule gets no tasks of
    /// the others.
    /// </summary>
    public async Task<JobResult> RunDeadlineScanAsync(string kind)
    {
        await using var scope = Services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var job = new TermijnbewakingJob(
            [.. provider.GetServices<ITermijnRegel>().Where(r => r.Kind == kind)],
            provider.GetRequiredService<IWorkTasks>(),
            provider.GetRequiredService<IProcessingLog>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<TermijnbewakingJob>>());

        return await job.RunAsync(new JobContext(Tenant.Current!.Value, Clock.GetUtcNow()), CancellationToken.None);
    }

    /// <summary>Runs the registration action as a consulent fills in its form.</summary>
    public Task<ActionResult> RegisterAsync(
        string? bsn,
        string? doelgroep = "Gezinsmigrant",
        string? koppeldatum = "2026-11-20",
        string? wetRegime = "Wi2021",
        string? vnummer = null) =>
        ExecuteAsync(
            "inburgering.registreer",
            null,
            ("bsn", bsn),
            ("vnummer", vnummer),
            ("doelgroep", doelgroep),
            ("koppeldatum", koppeldatum),
            ("wetRegime", wetRegime));

    public async Task<ScreenContent?> LoadScreenAsync(string screenId, string? recordId, ListQuery? list = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var screen = scope.ServiceProvider.GetServices<IScreen>().Single(s => s.Definition.Id == screenId);

        return await screen.LoadAsync(new ScreenRequest(recordId) { List = list ?? ListQuery.Default }, CancellationToken.None);
    }

    /// <summary>Returns the dossiers of every gemeente, bypassing the gemeente filter, as only a test may.</summary>
    public async Task<List<Dossier>> AllDossiersAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InburgeringDbContext>();

        return await db.Dossiers.IgnoreQueryFilters().AsNoTracking().OrderBy(d => d.Gemeente).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _database.DisposeAsync();
        Signing.Dispose();
    }
}
