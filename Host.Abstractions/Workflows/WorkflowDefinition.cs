namespace Host.Abstractions;

/// <summary>
/// A state machine a plugin declares for one kind of record, such as an aanmelding. Only the transitions listed here
/// are possible; the host persists the state and its history and puts deadline tasks in its work queue (werkvoorraad).
/// </summary>
/// <param name="Id">A unique id prefixed with the plugin id, for example <c>schuldhulp.aanmelding</c>.</param>
/// <param name="Name">The workflow's name.</param>
/// <param name="InitialState">The id of the state a new instance starts in.</param>
/// <param name="States">Every state.</param>
/// <param name="Transitions">Every allowed transition.</param>
public sealed record WorkflowDefinition(
    string Id,
    LocalizedText Name,
    string InitialState,
    IReadOnlyList<WorkflowState> States,
    IReadOnlyList<WorkflowTransition> Transitions)
{
    /// <summary>The screen that shows a record of this workflow, opened from the work queue with the record id; or <see langword="null"/>.</summary>
    public string? RecordScreenId { get; init; }
}

/// <summary>A state of a workflow.</summary>
/// <param name="Id">The state's id, unique within the workflow.</param>
/// <param name="Name">The state's name.</param>
public sealed record WorkflowState(string Id, LocalizedText Name)
{
    /// <summary>Whether the workflow ends here; a final state has no deadline.</summary>
    public bool IsFinal { get; init; }

    /// <summary>The task the host puts in its work queue when an instance enters this state, or <see langword="null"/>.</summary>
    public WorkflowDeadline? Deadline { get; init; }
}

/// <summary>A task with a due date, created when an instance enters a state and closed when it leaves it.</summary>
/// <param name="Days">The number of days after entering the state, counted in Europe/Amsterdam, on which the task is due.</param>
/// <param name="Task">What has to be done.</param>
public sealed record WorkflowDeadline(int Days, LocalizedText Task);

/// <summary>An allowed step from one state to another.</summary>
/// <param name="Id">The transition's id, unique within the workflow.</param>
/// <param name="Label">The text on the button that starts it.</param>
/// <param name="From">The state it starts from.</param>
/// <param name="To">The state it leads to.</param>
/// <param name="Permission">The permission a user needs to take it.</param>
public sealed record WorkflowTransition(string Id, LocalizedText Label, string From, string To, string Permission)
{
    /// <summary>The <see cref="IWorkflowGuard.Id"/> of the guard that must allow it, or <see langword="null"/> for none.</summary>
    public string? GuardId { get; init; }
}

/// <summary>Declares the workflows of a plugin. Register implementations as <see cref="IWorkflowDefinitionProvider"/> services.</summary>
public interface IWorkflowDefinitionProvider
{
    /// <summary>The workflows.</summary>
    IReadOnlyList<WorkflowDefinition> Workflows { get; }
}

/// <summary>
/// A condition a transition needs besides its permission, such as "the intake is complete". Register implementations
/// as <see cref="IWorkflowGuard"/> services.
/// </summary>
public interface IWorkflowGuard
{
    /// <summary>The guard's id, which <see cref="WorkflowTransition.GuardId"/> names; prefixed with the plugin id.</summary>
    string Id { get; }

    /// <summary>Returns why the transition is not allowed now, or <see langword="null"/> when it is.</summary>
    /// <param name="context">The workflow, record and transition.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task<LocalizedText?> CheckAsync(WorkflowGuardContext context, CancellationToken cancellationToken);
}

/// <summary>What a guard checks.</summary>
/// <param name="WorkflowId">The workflow.</param>
/// <param name="RecordId">The plugin's id of the record the instance belongs to.</param>
/// <param name="TransitionId">The transition requested.</param>
public sealed record WorkflowGuardContext(string WorkflowId, string RecordId, string TransitionId);
