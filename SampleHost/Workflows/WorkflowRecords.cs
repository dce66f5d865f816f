namespace SampleHost.Workflows;

/// <summary>One workflow instance: the state of one record of one gemeente.</summary>
internal sealed class WorkflowInstanceRecord
{
    public Guid Id { get; set; }

    public required string Gemeente { get; set; }

    public required string WorkflowId { get; set; }

    /// <summary>The plugin's id of the record; never a BSN.</summary>
    public required string RecordId { get; set; }

    public required string State { get; set; }

    /// <summary>Incremented by every transition; also the concurrency token, so two transitions never both win.</summary>
    public int Version { get; set; }
}

/// <summary>One transition of a workflow instance, or its start.</summary>
internal sealed class WorkflowHistoryRecord
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string Gemeente { get; set; }

    public string? FromState { get; set; }

    public required string ToState { get; set; }

    public string? TransitionId { get; set; }

    public required string ActorId { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>
/// A task in the werkvoorraad (work queue). A workflow task is open until its instance leaves the state that created
/// it; a plugin task (<see cref="TaskKey"/> set) until its plugin or a user closes it.
/// </summary>
internal sealed class WorkItemRecord
{
    public Guid Id { get; set; }

    /// <summary>The workflow instance that created the task, or <see langword="null"/> for a plugin task.</summary>
    public Guid? InstanceId { get; set; }

    public required string Gemeente { get; set; }

    /// <summary>The workflow of a workflow task, or <see langword="null"/> for a plugin task.</summary>
    public string? WorkflowId { get; set; }

    /// <summary>The kind of task, prefixed with the plugin id: the workflow id, or the kind the plugin gave.</summary>
    public required string Kind { get; set; }

    public required string KindNl { get; set; }

    public required string KindEn { get; set; }

    /// <summary>The plugin's key of a plugin task, unique per gemeente, or <see langword="null"/> for a workflow task.</summary>
    public string? TaskKey { get; set; }

    public required string RecordId { get; set; }

    /// <summary>The screen that opens the record of a plugin task, or <see langword="null"/>.</summary>
    public string? RecordScreenId { get; set; }

    /// <summary>The workflow state that created a workflow task, or <see langword="null"/> for a plugin task.</summary>
    public string? State { get; set; }

    public required string TaskNl { get; set; }

    public required string TaskEn { get; set; }

    public DateOnly DueDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The host's user id of the employee the task is assigned to, or <see langword="null"/>.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>When the task closed, or <see langword="null"/> while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The host's user id of the employee who closed the task, or <see langword="null"/> when the system did.</summary>
    public string? ClosedBy { get; set; }

    public string? ClosedReasonNl { get; set; }

    public string? ClosedReasonEn { get; set; }

    /// <summary>Changes on every save, so two users who assign or close the same task cannot overwrite each other.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
