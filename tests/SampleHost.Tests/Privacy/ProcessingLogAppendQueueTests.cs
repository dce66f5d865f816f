using SampleHost.Privacy;

namespace SampleHost.Tests.Privacy;

/// <summary>
/// The group commit of the processing log: appends that arrive while a write runs go into the next write together,
/// in their callers' order, and every caller of a failed write gets its exception.
/// </summary>
[TestFixture]
public sealed class ProcessingLogAppendQueueTests
{
    [Test]
    public async Task AppendsDuringWrite_ShareNextWrite()
    {
        var writes = new List<IReadOnlyList<string>>();
        var firstWrite = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new ProcessingLogAppendQueue(async batch =>
        {
            lock (writes)
            {
                writes.Add([.. batch.Select(e => e.ActivityId)]);
            }

            if (batch[0].ActivityId == "a")
            {
                await firstWrite.Task;
            }
        });

        var a = queue.AppendAsync([Entry("a")]);
        var b = queue.AppendAsync([Entry("b1"), Entry("b2")]);
        var c = queue.AppendAsync([Entry("c")]);
        var waitingBeforeRelease = b.IsCompleted || c.IsCompleted;
        firstWrite.SetResult();
        await Task.WhenAll(a, b, c);

        Assert.That(waitingBeforeRelease, Is.False);
        Assert.That(writes, Has.Count.EqualTo(2));
        Assert.That(writes[0], Is.EqualTo(new[] { "a" }));
        Assert.That(writes[1], Is.EqualTo(new[] { "b1", "b2", "c" }));
    }

    [Test]
    public async Task FailedWrite_FailsEveryCallerOfBatch()
    {
        var firstWrite = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = new ProcessingLogAppendQueue(async batch =>
        {
            if (batch[0].ActivityId == "a")
            {
                await firstWrite.Task;
                return;
            }

            throw new InvalidOperationException("database down");
        });

        var a = queue.AppendAsync([Entry("a")]);
        var b = queue.AppendAsync([Entry("b")]);
        var c = queue.AppendAsync([Entry("c")]);
        firstWrite.SetResult();
        await a;
        var failureB = Assert.ThrowsAsync<InvalidOperationException>(() => b);
        var failureC = Assert.ThrowsAsync<InvalidOperationException>(() => c);
        var after = queue.AppendAsync([Entry("a")]);
        await after;

        Assert.That(failureB?.Message, Is.EqualTo("database down"));
        Assert.That(failureC?.Message, Is.EqualTo("database down"));
        Assert.That(after.IsCompletedSuccessfully, Is.True, "the queue writes again after a failed write");
    }

    private static ProcessingLogEntry Entry(string activityId) => new()
    {
        Gemeente = "0001",
        ActorId = "test",
        ActorRoles = "test",
        ActivityId = activityId,
        Operation = "Read",
        SubjectIdType = "bsn",
        SubjectPseudonym = "pseudonym",
        PreviousHash = string.Empty,
        Hash = string.Empty,
    };
}
