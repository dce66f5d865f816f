namespace Host.Abstractions.Tests.Work;

/// <summary>
/// <see cref="OpenWorkTask.Matches"/>, and the default <see cref="IWorkTasks.OpenTasksAsync"/> of a host that only
/// implements <see cref="IWorkTasks.OpenKeysAsync"/>.
/// </summary>
[TestFixture]
public sealed class OpenWorkTaskTests
{
    private static readonly LocalizedText s_title = new("Plan de brede intake", "Plan the broad intake");

    private static readonly WorkTask s_task = new("test.intake:1", "test.intake", "1", s_title, new DateOnly(2027, 1, 15));

    [Test]
    public void Matches_SameTask_IsTrue()
    {
        var open = new OpenWorkTask(s_task.Key, new LocalizedText(s_title.Nl, s_title.En), s_task.DueDate);

        Assert.That(open.Matches(s_task), Is.True);
    }

    [Test]
    public void Matches_OtherDueDate_IsFalse()
    {
        var open = new OpenWorkTask(s_task.Key, s_title, s_task.DueDate.AddDays(1));

        Assert.That(open.Matches(s_task), Is.False);
    }

    [Test]
    public void Matches_OtherEnglishTitle_IsFalse()
    {
        var open = new OpenWorkTask(s_task.Key, s_title with { En = "Plan the intake" }, s_task.DueDate);

        Assert.That(open.Matches(s_task), Is.False);
    }

    [Test]
    public void Matches_OtherKey_IsFalse()
    {
        var open = new OpenWorkTask("test.intake:2", s_title, s_task.DueDate);

        Assert.That(open.Matches(s_task), Is.False);
    }

    [Test]
    public void Matches_NotReported_IsFalse()
    {
        var open = new OpenWorkTask(s_task.Key, null, null);

        Assert.That(open.Matches(s_task), Is.False);
    }

    [Test]
    public async Task OpenTasksAsync_Default_ReportsKeysOnly()
    {
        IWorkTasks workTasks = new KeysOnlyWorkTasks(new HashSet<string>(["test.intake:1", "test.intake:2"], StringComparer.Ordinal));

        var open = await workTasks.OpenTasksAsync("test.intake", CancellationToken.None);

        Assert.That(open, Is.EquivalentTo(new[]
        {
            new OpenWorkTask("test.intake:1", null, null),
            new OpenWorkTask("test.intake:2", null, null),
        }));
    }

    /// <summary>A host from before <see cref="IWorkTasks.OpenTasksAsync"/>: it reports the open keys of every kind asked for.</summary>
    private sealed class KeysOnlyWorkTasks(IReadOnlySet<string> keys) : IWorkTasks
    {
        public Task<IReadOnlySet<string>> OpenKeysAsync(string kind, CancellationToken cancellationToken) => Task.FromResult(keys);

        public Task<bool> EnsureAsync(WorkTask task, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> CloseAsync(string key, LocalizedText reason, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<int> CloseForRecordAsync(string kindPrefix, string recordId, LocalizedText reason, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
