namespace Host.Abstractions;

/// <summary>
/// The host's work queue (werkvoorraad) for tasks a plugin creates itself, such as the tasks of a daily deadline scan.
/// Tasks belong to the current gemeente; staff assign, filter and close them in the host. A task is known by its
/// <see cref="WorkTask.Key"/>, so creating the same task twice keeps one.
/// </summary>
public interface IWorkTasks
{
    /// <summary>
    /// Creates the task, or updates the title and due date of the open task with the same key. A task with that key that
    /// a user already closed stays closed, so give a new occasion a new key, for example with the date it is about.
    /// </summary>
    /// <param name="task">The task.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether a new task was created.</returns>
    Task<bool> EnsureAsync(WorkTask task, CancellationToken cancellationToken);

    /// <summary>
    /// Creates or updates every task in <paramref name="tasks"/> as <see cref="EnsureAsync"/> does. A host overrides it to
    /// write them in a few round trips, because the default implementation calls <see cref="EnsureAsync"/> once per task.
    /// </summary>
    /// <param name="tasks">The tasks, each with a different key.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The keys of the tasks that were created.</returns>
    async Task<IReadOnlySet<string>> EnsureAllAsync(IReadOnlyCollection<WorkTask> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);

        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            if (await EnsureAsync(task, cancellationToken).ConfigureAwait(false))
            {
                created.Add(task.Key);
            }
        }

        return created;
    }

    /// <summary>Returns the keys of the open tasks of <paramref name="kind"/> in the current gemeente.</summary>
    /// <param name="kind">A task kind, such as <c>inburgering.pip-te-laat</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlySet<string>> OpenKeysAsync(string kind, CancellationToken cancellationToken);

    /// <summary>
    /// Returns the open tasks of <paramref name="kind"/> in the current gemeente with their title and due date, so a scan
    /// reads them once: it leaves out the tasks that <see cref="OpenWorkTask.Matches"/> before it calls
    /// <see cref="EnsureAllAsync"/>, and closes the keys it no longer finds. A host overrides it, because the default
    /// implementation reads only the keys through <see cref="OpenKeysAsync"/> and reports no title or due date.
    /// </summary>
    /// <param name="kind">A task kind, such as <c>inburgering.pip-te-laat</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    async Task<IReadOnlyList<OpenWorkTask>> OpenTasksAsync(string kind, CancellationToken cancellationToken)
    {
        var keys = await OpenKeysAsync(kind, cancellationToken).ConfigureAwait(false);
        return [.. keys.Select(key => new OpenWorkTask(key, null, null))];
    }

    /// <summary>Closes the open task with <paramref name="key"/>, if there is one, because its reason has gone.</summary>
    /// <param name="key">The task's key.</param>
    /// <param name="reason">Why it closed, shown in the task's history.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether an open task was closed.</returns>
    Task<bool> CloseAsync(string key, LocalizedText reason, CancellationToken cancellationToken);

    /// <summary>
    /// Closes the open tasks with the keys in <paramref name="keys"/> as <see cref="CloseAsync"/> does. A host overrides it
    /// to close them in a few round trips, because the default implementation calls <see cref="CloseAsync"/> once per key.
    /// </summary>
    /// <param name="keys">The tasks' keys.</param>
    /// <param name="reason">Why they closed, shown in each task's history.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of open tasks closed.</returns>
    async Task<int> CloseAllAsync(IReadOnlyCollection<string> keys, LocalizedText reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);

        var closed = 0;
        foreach (var key in keys)
        {
            if (await CloseAsync(key, reason, cancellationToken).ConfigureAwait(false))
            {
                closed++;
            }
        }

        return closed;
    }

    /// <summary>
    /// Closes every open task about <paramref name="recordId"/> whose kind starts with <paramref name="kindPrefix"/>,
    /// for example when the processing of a dossier is restricted.
    /// </summary>
    /// <param name="kindPrefix">The plugin's prefix, such as <c>inburgering.</c>.</param>
    /// <param name="recordId">The plugin's id of the record.</param>
    /// <param name="reason">Why they closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of tasks closed.</returns>
    Task<int> CloseForRecordAsync(string kindPrefix, string recordId, LocalizedText reason, CancellationToken cancellationToken);
}

/// <summary>A task a plugin puts in the host's work queue.</summary>
/// <param name="Key">
/// The task's identity within the gemeente, prefixed with the plugin id, for example
/// <c>inburgering.pip-te-laat:{dossierId}</c>; never a BSN or a name.
/// </param>
/// <param name="Kind">What kind of task it is, prefixed with the plugin id; users filter the queue by it.</param>
/// <param name="RecordId">The plugin's id of the record the task is about; never a BSN.</param>
/// <param name="Title">What has to be done, without personal data.</param>
/// <param name="DueDate">The day the task is due, in Europe/Amsterdam.</param>
public sealed record WorkTask(string Key, string Kind, string RecordId, LocalizedText Title, DateOnly DueDate)
{
    /// <summary>The screen that opens the record, or <see langword="null"/>.</summary>
    public string? RecordScreenId { get; init; }

    /// <summary>The name of the kind in the queue's filter, such as "PIP te laat"; defaults to <see cref="Title"/>.</summary>
    public LocalizedText? KindName { get; init; }
}
