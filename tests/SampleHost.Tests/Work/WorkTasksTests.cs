using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Tests.Hosting;
using SampleHost.Workflows;
using TestSupport;

namespace SampleHost.Tests.Work;

/// <summary>The host's <see cref="IWorkTasks"/>, the port through which plugins put tasks in the werkvoorraad, on SQLite and PostgreSQL.</summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class WorkTasksTests(DatabaseProvider provider)
{
    private const string Rotterdam = "demo-0599-consulent-inburgering";
    private const string DenHaag = "demo-0518-consulent-inburgering";

    private static readonly LocalizedText s_title = new("Plan de brede intake", "Plan the broad intake");
    private static readonly LocalizedText s_reason = new("Dossier beperkt", "Dossier restricted");

    private SampleHostServer _server = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        var connectionString = provider == DatabaseProvider.PostgreSql
            ? await PostgresServer.CreateDatabaseAsync("work_tasks")
            : null;
        _server = new SampleHostServer(new SampleHostSettings { Provider = provider, ConnectionString = connectionString });
        _server.StartServer();
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _server.DisposeAsync();

    [Test]
    public async Task Ensure_SameKeyTwice_KeepsOneTask()
    {
        var task = NewTask("ensure-twice", new DateOnly(2027, 3, 1));

        var first = await EnsureAsync(Rotterdam, task);
        var second = await EnsureAsync(Rotterdam, task);
        var stored = await ReadAsync(Rotterdam, task.Key);

        Assert.That(first, Is.True);
        Assert.That(second, Is.False);
        Assert.That(stored, Has.Count.EqualTo(1));
        Assert.That(stored[0].Kind, Is.EqualTo("test.intake-plannen"));
        Assert.That(stored[0].KindNl, Is.EqualTo("Intake plannen"));
        Assert.That(stored[0].RecordScreenId, Is.EqualTo("test.dossier"));
        Assert.That(stored[0].Gemeente, Is.EqualTo("0599"));
    }

    [Test]
    public async Task Ensure_OpenTask_UpdatesDueDateAndTitle()
    {
        var task = NewTask("ensure-update", new DateOnly(2027, 3, 1));
        await EnsureAsync(Rotterdam, task);
        var before = (await ReadAsync(Rotterdam, task.Key))[0];

        var created = await EnsureAsync(Rotterdam, task with { DueDate = new DateOnly(2027, 2, 28), Title = new("Plan de intake nu", "Plan the intake now") });
        var after = (await ReadAsync(Rotterdam, task.Key))[0];

        Assert.That(created, Is.False);
        Assert.That(after.DueDate, Is.EqualTo(new DateOnly(2027, 2, 28)));
        Assert.That(after.TaskNl, Is.EqualTo("Plan de intake nu"));
        Assert.That(after.TaskEn, Is.EqualTo("Plan the intake now"));
        Assert.That(after.ConcurrencyStamp, Is.Not.EqualTo(before.ConcurrencyStamp), "an open form on the old task is stale");
    }

    [Test]
    public async Task Ensure_ClosedTask_StaysClosed()
    {
        var task = NewTask("ensure-closed", new DateOnly(2027, 3, 1));
        await EnsureAsync(Rotterdam, task);
        await using (var scope = _server.CreateScopeAs(Rotterdam))
        {
            Assert.That(await scope.ServiceProvider.GetRequiredService<IWorkTasks>().CloseAsync(task.Key, s_reason, CancellationToken.None), Is.True);
        }

        var created = await EnsureAsync(Rotterdam, task with { DueDate = new DateOnly(2027, 4, 1) });
        var stored = await ReadAsync(Rotterdam, task.Key);

        Assert.That(created, Is.False);
        Assert.That(stored, Has.Count.EqualTo(1));
        Assert.That(stored[0].ClosedAt, Is.Not.Null);
        Assert.That(stored[0].DueDate, Is.EqualTo(new DateOnly(2027, 3, 1)));
        Assert.That(stored[0].ClosedReasonNl, Is.EqualTo("Dossier beperkt"));
        Assert.That(stored[0].ClosedBy, Is.Null, "the plugin closed it, not a user");
    }

    [Test]
    public async Task Close_UnknownOrClosedKey_ReturnsFalse()
    {
        var task = NewTask("close-twice", new DateOnly(2027, 3, 1));
        await EnsureAsync(Rotterdam, task);
        await using var scope = _server.CreateScopeAs(Rotterdam);
        var tasks = scope.ServiceProvider.GetRequiredService<IWorkTasks>();

        var first = await tasks.CloseAsync(task.Key, s_reason, CancellationToken.None);
        var second = await tasks.CloseAsync(task.Key, s_reason, CancellationToken.None);
        var unknown = await tasks.CloseAsync("test.onbekend:1", s_reason, CancellationToken.None);

        Assert.That(first, Is.True);
        Assert.That(second, Is.False);
        Assert.That(unknown, Is.False);
    }

    [Test]
    public async Task OpenKeysAndTasks_PerKind_ListOpenTasksOfThatKind()
    {
        var recordId = Guid.NewGuid().ToString();
        var open = new WorkTask($"test.openkeys-a:{recordId}", "test.openkeys-a", recordId, s_title, new DateOnly(2027, 3, 1));
        var closed = open with { Key = $"test.openkeys-a:{recordId}:gesloten" };
        var otherKind = open with { Key = $"test.openkeys-b:{recordId}", Kind = "test.openkeys-b" };
        foreach (var task in new[] { open, closed, otherKind })
        {
            await EnsureAsync(Rotterdam, task);
        }

        await using var scope = _server.CreateScopeAs(Rotterdam);
        var tasks = scope.ServiceProvider.GetRequiredService<IWorkTasks>();
        await tasks.CloseAsync(closed.Key, s_reason, CancellationToken.None);

        var keys = await tasks.OpenKeysAsync("test.openkeys-a", CancellationToken.None);
        var openTasks = await tasks.OpenTasksAsync("test.openkeys-a", CancellationToken.None);

        Assert.That(keys, Is.EquivalentTo(new[] { open.Key }));
        Assert.That(openTasks, Is.EqualTo(new[] { new OpenWorkTask(open.Key, s_title, new DateOnly(2027, 3, 1)) }));
        Assert.That(openTasks.Single().Matches(open), Is.True);
    }

    [Test]
    public async Task CloseForRecord_OtherPrefixOrRecord_StaysOpen()
    {
        var recordId = Guid.NewGuid().ToString();
        var otherRecordId = Guid.NewGuid().ToString();
        var first = new WorkTask($"test.pip-te-laat:{recordId}", "test.pip-te-laat", recordId, s_title, new DateOnly(2027, 3, 1));
        var second = first with { Key = $"test.intake:{recordId}", Kind = "test.intake" };
        var otherPlugin = first with { Key = $"ander.intake:{recordId}", Kind = "ander.intake" };
        var otherRecord = first with { Key = $"test.intake:{otherRecordId}", Kind = "test.intake", RecordId = otherRecordId };
        foreach (var task in new[] { first, second, otherPlugin, otherRecord })
        {
            await EnsureAsync(Rotterdam, task);
        }

        int closed;
        await using (var scope = _server.CreateScopeAs(Rotterdam))
        {
            closed = await scope.ServiceProvider.GetRequiredService<IWorkTasks>().CloseForRecordAsync("test.", recordId, s_reason, CancellationToken.None);
        }

        Assert.That(closed, Is.EqualTo(2));
        Assert.That((await ReadAsync(Rotterdam, first.Key))[0].ClosedAt, Is.Not.Null);
        Assert.That((await ReadAsync(Rotterdam, second.Key))[0].ClosedAt, Is.Not.Null);
        Assert.That((await ReadAsync(Rotterdam, second.Key))[0].ClosedReasonEn, Is.EqualTo("Dossier restricted"));
        Assert.That((await ReadAsync(Rotterdam, otherPlugin.Key))[0].ClosedAt, Is.Null);
        Assert.That((await ReadAsync(Rotterdam, otherRecord.Key))[0].ClosedAt, Is.Null);
    }

    [Test]
    public async Task EnsureAll_MixedTasks_CreatesOnlyNewOnes()
    {
        var unchanged = NewTask("ensure-all-unchanged", new DateOnly(2027, 3, 1));
        var changed = NewTask("ensure-all-changed", new DateOnly(2027, 3, 1));
        var closed = NewTask("ensure-all-closed", new DateOnly(2027, 3, 1));
        var added = NewTask("ensure-all-added", new DateOnly(2027, 3, 1));
        foreach (var task in new[] { unchanged, changed, closed })
        {
            await EnsureAsync(Rotterdam, task);
        }

        IReadOnlySet<string> created;
        await using (var scope = _server.CreateScopeAs(Rotterdam))
        {
            var tasks = scope.ServiceProvider.GetRequiredService<IWorkTasks>();
            await tasks.CloseAsync(closed.Key, s_reason, CancellationToken.None);
            var batch = new[] { unchanged, changed with { DueDate = new DateOnly(2027, 2, 1) }, closed with { DueDate = new DateOnly(2027, 2, 1) }, added };
            created = await tasks.EnsureAllAsync(batch, CancellationToken.None);
        }

        Assert.That(created, Is.EquivalentTo(new[] { added.Key }));
        Assert.That((await ReadAsync(Rotterdam, unchanged.Key))[0].DueDate, Is.EqualTo(new DateOnly(2027, 3, 1)));
        Assert.That((await ReadAsync(Rotterdam, changed.Key))[0].DueDate, Is.EqualTo(new DateOnly(2027, 2, 1)));
        Assert.That((await ReadAsync(Rotterdam, closed.Key))[0].DueDate, Is.EqualTo(new DateOnly(2027, 3, 1)), "a closed task stays as it was");
        Assert.That(await ReadAsync(Rotterdam, added.Key), Has.Count.EqualTo(1));
        Assert.That((await ReadAsync(Rotterdam, added.Key))[0].Gemeente, Is.EqualTo("0599"));
        Assert.That((await ReadAsync(Rotterdam, added.Key))[0].KindNl, Is.EqualTo("Intake plannen"));
    }

    [Test]
    public async Task EnsureAll_LargeBatch_WritesOnlyNewAndChanged()
    {
        // More tasks than one chunk of 1,000, so the host first reads the open tasks of the kind.
        var repeated = Enumerable.Range(0, 1_200).Select(i => NewTask($"large-{i}", new DateOnly(2027, 3, 1))).ToList();
        var changed = repeated[0];
        var closed = repeated[1];
        var unchanged = repeated[2];
        var added = NewTask("large-added", new DateOnly(2027, 3, 1));
        IReadOnlySet<string> first;
        IReadOnlySet<string> second;
        await using (var scope = _server.CreateScopeAs(Rotterdam))
        {
            var tasks = scope.ServiceProvider.GetRequiredService<IWorkTasks>();
            first = await tasks.EnsureAllAsync(repeated, CancellationToken.None);
            await tasks.CloseAsync(closed.Key, s_reason, CancellationToken.None);
            List<WorkTask> batch =
            [
                changed with { DueDate = new DateOnly(2027, 2, 1) },
                closed with { DueDate = new DateOnly(2027, 2, 1) },
                .. repeated.Skip(2),
                added,
            ];
            second = await tasks.EnsureAllAsync(batch, CancellationToken.None);
        }

        Assert.That(first, Has.Count.EqualTo(1_200));
        Assert.That(second, Is.EquivalentTo(new[] { added.Key }));
        Assert.That((await ReadAsync(Rotterdam, changed.Key))[0].DueDate, Is.EqualTo(new DateOnly(2027, 2, 1)));
        Assert.That((await ReadAsync(Rotterdam, closed.Key))[0].DueDate, Is.EqualTo(new DateOnly(2027, 3, 1)), "a closed task stays as it was");
        Assert.That((await ReadAsync(Rotterdam, closed.Key))[0].ClosedAt, Is.Not.Null);
        Assert.That((await ReadAsync(Rotterdam, unchanged.Key))[0].DueDate, Is.EqualTo(new DateOnly(2027, 3, 1)));
        Assert.That(await ReadAsync(Rotterdam, added.Key), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CloseAll_MixedKeys_ClosesOpenOnes()
    {
        var first = NewTask("close-all-first", new DateOnly(2027, 3, 1));
        var second = NewTask("close-all-second", new DateOnly(2027, 3, 1));
        var alreadyClosed = NewTask("close-all-closed", new DateOnly(2027, 3, 1));
        var untouched = NewTask("close-all-untouched", new DateOnly(2027, 3, 1));
        foreach (var task in new[] { first, second, alreadyClosed, untouched })
        {
            await EnsureAsync(Rotterdam, task);
        }

        int closed;
        await using (var scope = _server.CreateScopeAs(Rotterdam))
        {
            var tasks = scope.ServiceProvider.GetRequiredService<IWorkTasks>();
            await tasks.CloseAsync(alreadyClosed.Key, s_reason, CancellationToken.None);
            closed = await tasks.CloseAllAsync([first.Key, second.Key, alreadyClosed.Key, "test.onbekend:2"], s_reason, CancellationToken.None);
        }

        Assert.That(closed, Is.EqualTo(2));
        Assert.That((await ReadAsync(Rotterdam, first.Key))[0].ClosedAt, Is.Not.Null);
        Assert.That((await ReadAsync(Rotterdam, second.Key))[0].ClosedReasonNl, Is.EqualTo("Dossier beperkt"));
        Assert.That((await ReadAsync(Rotterdam, untouched.Key))[0].ClosedAt, Is.Null);
    }

    [Test]
    public async Task SameKey_TwoGemeenten_AreSeparateTasks()
    {
        var task = NewTask("gemeenten", new DateOnly(2027, 3, 1));

        var inRotterdam = await EnsureAsync(Rotterdam, task);
        var inDenHaag = await EnsureAsync(DenHaag, task with { DueDate = new DateOnly(2027, 5, 1) });
        await using (var scope = _server.CreateScopeAs(DenHaag))
        {
            var tasks = scope.ServiceProvider.GetRequiredService<IWorkTasks>();
            Assert.That(await tasks.CloseForRecordAsync("test.", task.RecordId, s_reason, CancellationToken.None), Is.EqualTo(1));
        }

        await using var rotterdamScope = _server.CreateScopeAs(Rotterdam);
        var rotterdamKeys = await rotterdamScope.ServiceProvider.GetRequiredService<IWorkTasks>().OpenKeysAsync(task.Kind, CancellationToken.None);
        var rotterdamOpen = await rotterdamScope.ServiceProvider.GetRequiredService<IWorkTasks>().OpenTasksAsync(task.Kind, CancellationToken.None);
        var rotterdam = await ReadAsync(Rotterdam, task.Key);
        var denHaag = await ReadAsync(DenHaag, task.Key);

        Assert.That(inRotterdam, Is.True);
        Assert.That(inDenHaag, Is.True, "the key is unique per gemeente, not across gemeenten");
        Assert.That(rotterdam, Has.Count.EqualTo(1));
        Assert.That(rotterdam[0].DueDate, Is.EqualTo(new DateOnly(2027, 3, 1)));
        Assert.That(rotterdam[0].ClosedAt, Is.Null, "closing in Den Haag leaves Rotterdam's task open");
        Assert.That(rotterdamKeys, Does.Contain(task.Key));
        Assert.That(rotterdamOpen.Single(t => t.Key == task.Key).DueDate, Is.EqualTo(new DateOnly(2027, 3, 1)), "Den Haag's task with the same key is not listed");
        Assert.That(denHaag, Has.Count.EqualTo(1));
        Assert.That(denHaag[0].Gemeente, Is.EqualTo("0518"));
        Assert.That(denHaag[0].ClosedAt, Is.Not.Null);
    }

    private static WorkTask NewTask(string name, DateOnly dueDate)
    {
        var recordId = Guid.NewGuid().ToString();
        return new WorkTask($"test.intake-plannen:{name}:{recordId}", "test.intake-plannen", recordId, s_title, dueDate)
        {
            RecordScreenId = "test.dossier",
            KindName = new("Intake plannen", "Plan intake"),
        };
    }

    private async Task<bool> EnsureAsync(string userId, WorkTask task)
    {
        await using var scope = _server.CreateScopeAs(userId);
        return await scope.ServiceProvider.GetRequiredService<IWorkTasks>().EnsureAsync(task, CancellationToken.None);
    }

    private async Task<List<WorkItemRecord>> ReadAsync(string userId, string key)
    {
        await using var scope = _server.CreateScopeAs(userId);
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().WorkItems.AsNoTracking().Where(w => w.TaskKey == key).ToListAsync();
    }
}
