namespace Host.Abstractions;

/// <summary>
/// The host's workflow engine: it keeps one instance per workflow and record in the current gemeente, checks each
/// transition's permission, guard and version, records the history with the real user, and keeps the work queue.
/// </summary>
public interface IWorkflowEngine
{
    /// <summary>Starts an instance in the workflow's initial state, or returns the existing one unchanged.</summary>
    /// <param name="workflowId">A workflow a loaded plugin declares.</param>
    /// <param name="recordId">The plugin's id of the record.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentException">No loaded plugin declares <paramref name="workflowId"/>.</exception>
    Task<WorkflowStatus> StartAsync(string workflowId, string recordId, CancellationToken cancellationToken);

    /// <summary>Returns the instance of the record in the current gemeente, or <see langword="null"/> when there is none.</summary>
    /// <param name="workflowId">The workflow.</param>
    /// <param name="recordId">The plugin's id of the record.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<WorkflowStatus?> GetAsync(string workflowId, string recordId, CancellationToken cancellationToken);

    /// <summary>Takes a transition for the current user.</summary>
    /// <param name="workflowId">The workflow.</param>
    /// <param name="recordId">The plugin's id of the record.</param>
    /// <param name="transitionId">The transition to take.</param>
    /// <param name="expectedVersion">The <see cref="WorkflowStatus.Version"/> the user saw, or <see langword="null"/> to skip the check.</param>
    /// <param name="cancellationToken">Cancels the transition.</param>
    /// <returns>The new status, or why the transition was not taken; nothing changes then.</returns>
    Task<WorkflowFireResult> FireAsync(string workflowId, string recordId, string transitionId, string? expectedVersion, CancellationToken cancellationToken);
}

/// <summary>The current state of an instance, its history and the transitions the current user may take next.</summary>
/// <param name="WorkflowId">The workflow.</param>
/// <param name="RecordId">The plugin's id of the record.</param>
/// <param name="State">The current state's id.</param>
/// <param name="Version">Changes with every transition, for <see cref="IWorkflowEngine.FireAsync"/>.</param>
/// <param name="History">Every transition, oldest first; the first entry is the start.</param>
/// <param name="AvailableTransitions">The transitions from the current state that the current user holds the permission for.</param>
public sealed record WorkflowStatus(
    string WorkflowId,
    string RecordId,
    string State,
    string Version,
    IReadOnlyList<WorkflowHistoryEntry> History,
    IReadOnlyList<WorkflowTransition> AvailableTransitions);

/// <summary>One step in an instance's history.</summary>
/// <param name="FromState">The state before, or <see langword="null"/> for the start.</param>
/// <param name="ToState">The state after.</param>
/// <param name="TransitionId">The transition taken, or <see langword="null"/> for the start.</param>
/// <param name="ActorId">The host's id of the user who took it.</param>
/// <param name="At">When it was taken.</param>
public sealed record WorkflowHistoryEntry(string? FromState, string ToState, string? TransitionId, string ActorId, DateTimeOffset At);

/// <summary>The outcome of <see cref="IWorkflowEngine.FireAsync"/>.</summary>
/// <param name="Status">The new status when the transition was taken, otherwise <see langword="null"/>.</param>
/// <param name="Error">Why it was not taken, or <see langword="null"/>.</param>
/// <param name="IsConflict">Whether it was not taken because the instance changed since the user saw it.</param>
public sealed record WorkflowFireResult(WorkflowStatus? Status, LocalizedText? Error, bool IsConflict)
{
    /// <summary>Whether the transition was taken.</summary>
    public bool Succeeded => Status is not null;
}
