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

/// <summary>A task in the werkvoorraad (work queue), open until its instance leaves the state that created it.</summary>
internal sealed class WorkItemRecord
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public required string Gemeente { get; set; }

    public required string WorkflowId { get; set; }

    public required string RecordId { get; set; }

    public required string State { get; set; }

    public required string TaskNl { get; set; }

    public required string TaskEn { get; set; }

    public DateOnly DueDate { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the instance left the state, or <see langword="null"/> while the task is open.</summary>
    public DateTimeOffset? ClosedAt { get; set; }
}
