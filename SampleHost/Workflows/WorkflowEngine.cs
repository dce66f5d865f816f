using System.Globalization;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using SampleHost.Persistence;
using SampleHost.Plugins;

namespace SampleHost.Workflows;

/// <summary>
/// Runs the workflows that loaded plugins declare, in the current gemeente, with one instance per workflow and record.
/// Each transition is checked for permission, guard and version and recorded with the real user. Every state with a
/// deadline gets a task in the werkvoorraad.
/// </summary>
internal sealed class WorkflowEngine(
    HostDbContext db,
    IEnumerable<IWorkflowDefinitionProvider> providers,
    IEnumerable<IWorkflowGuard> guards,
    PluginAvailability availability,
    ITenantContext tenant,
    ICurrentUser user,
    TimeProvider clock) : IWorkflowEngine
{
    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public async Task<WorkflowStatus> StartAsync(string workflowId, string recordId, CancellationToken cancellationToken)
    {
        var definition = Definition(workflowId);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordId);

        if (await FindAsync(workflowId, recordId, cancellationToken) is { } existing)
        {
            return await StatusAsync(definition, existing, cancellationToken);
        }

        var instance = new WorkflowInstanceRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Gemeente = tenant.Required.Value,
            WorkflowId = workflowId,
            RecordId = recordId,
            State = definition.InitialState,
            Version = 1,
        };
        db.WorkflowInstances.Add(instance);
        AddHistory(instance, null, null);
        OpenTask(definition, instance);
        await db.SaveChangesAsync(cancellationToken);

        return await StatusAsync(definition, instance, cancellationToken);
    }

    public async Task<WorkflowStatus?> GetAsync(string workflowId, string recordId, CancellationToken cancellationToken)
    {
        var definition = Definition(workflowId);
        var instance = await FindAsync(workflowId, recordId, cancellationToken);

        return instance is null ? null : await StatusAsync(definition, instance, cancellationToken);
    }

    public async Task<WorkflowFireResult> FireAsync(string workflowId, string recordId, string transitionId, string? expectedVersion, CancellationToken cancellationToken)
    {
        var definition = Definition(workflowId);
        if (await FindAsync(workflowId, recordId, cancellationToken) is not { } instance)
        {
            return Failed(new("Dit traject bestaat niet in deze gemeente.", "This workflow instance does not exist in this municipality."));
        }

        if (expectedVersion is not null && expectedVersion != instance.Version.ToString(CultureInfo.InvariantCulture))
        {
            return Conflict();
        }

        var transition = definition.Transitions.FirstOrDefault(t => t.Id == transitionId && t.From == instance.State);
        if (transition is null)
        {
            return Failed(new(
                $"De stap '{transitionId}' kan niet vanuit de huidige status. Open het scherm opnieuw voor de stappen die nu kunnen.",
                $"The step '{transitionId}' is not possible from the current state. Open the screen again for the steps that are possible now."));
        }

        if (!user.HasPermission(transition.Permission))
        {
            return Failed(new("U heeft geen rechten voor deze stap.", "You do not have permission for this step."));
        }

        if (transition.GuardId is { } guardId && await CheckGuardAsync(guardId, new WorkflowGuardContext(workflowId, recordId, transitionId), cancellationToken) is { } refusal)
        {
            return Failed(refusal);
        }

        var from = instance.State;
        instance.State = transition.To;
        instance.Version++;
        AddHistory(instance, from, transition.Id);
        await CloseTasksAsync(instance, cancellationToken);
        OpenTask(definition, instance);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another user took a transition of the same instance in the meantime; the version kept only theirs.
            db.ChangeTracker.Clear();
            return Conflict();
        }

        return new WorkflowFireResult(await StatusAsync(definition, instance, cancellationToken), null, false);
    }

    private WorkflowDefinition Definition(string workflowId)
    {
        var definition = providers
            .Where(availability.IsAvailable)
            .SelectMany(p => p.Workflows)
            .FirstOrDefault(w => w.Id == workflowId)
            ?? throw new ArgumentException($"No loaded plugin enabled in this gemeente declares the workflow '{workflowId}'.", nameof(workflowId));

        WorkflowDefinitionCheck.ThrowIfInvalid(definition);
        return definition;
    }

    private Task<WorkflowInstanceRecord?> FindAsync(string workflowId, string recordId, CancellationToken cancellationToken) =>
        db.WorkflowInstances.FirstOrDefaultAsync(i => i.WorkflowId == workflowId && i.RecordId == recordId, cancellationToken);

    private async Task<LocalizedText?> CheckGuardAsync(string guardId, WorkflowGuardContext context, CancellationToken cancellationToken)
    {
        var guard = guards.Where(availability.IsAvailable).FirstOrDefault(g => g.Id == guardId)
            ?? throw new InvalidOperationException($"The workflow '{context.WorkflowId}' names the guard '{guardId}', which no loaded plugin registers.");

        return await guard.CheckAsync(context, cancellationToken);
    }

    private void AddHistory(WorkflowInstanceRecord instance, string? from, string? transitionId) =>
        db.WorkflowHistory.Add(new WorkflowHistoryRecord
        {
            InstanceId = instance.Id,
            Gemeente = instance.Gemeente,
            FromState = from,
            ToState = instance.State,
            TransitionId = transitionId,
            ActorId = user.IsAuthenticated ? user.UserId : throw new InvalidOperationException("A workflow step needs a logged-in user to record as the one who took it."),
            At = clock.GetUtcNow(),
        });

    private void OpenTask(WorkflowDefinition definition, WorkflowInstanceRecord instance)
    {
        var state = definition.States.Single(s => s.Id == instance.State);
        if (state.Deadline is not { } deadline)
        {
            return;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), s_amsterdam).DateTime);
        db.WorkItems.Add(new WorkItemRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            InstanceId = instance.Id,
            Gemeente = instance.Gemeente,
            WorkflowId = instance.WorkflowId,
            Kind = instance.WorkflowId,
            KindNl = definition.Name.Nl,
            KindEn = definition.Name.En,
            RecordId = instance.RecordId,
            RecordScreenId = definition.RecordScreenId,
            State = instance.State,
            TaskNl = deadline.Task.Nl,
            TaskEn = deadline.Task.En,
            DueDate = today.AddDays(deadline.Days),
            CreatedAt = clock.GetUtcNow(),
            ConcurrencyStamp = Guid.NewGuid(),
        });
    }

    private async Task CloseTasksAsync(WorkflowInstanceRecord instance, CancellationToken cancellationToken)
    {
        var open = await db.WorkItems.Where(w => w.InstanceId == instance.Id && w.ClosedAt == null).ToListAsync(cancellationToken);
        open.ForEach(item => item.ClosedAt = clock.GetUtcNow());
    }

    private async Task<WorkflowStatus> StatusAsync(WorkflowDefinition definition, WorkflowInstanceRecord instance, CancellationToken cancellationToken)
    {
        var history = await db.WorkflowHistory
            .Where(h => h.InstanceId == instance.Id)
            .OrderBy(h => h.Id)
            .Select(h => new WorkflowHistoryEntry(h.FromState, h.ToState, h.TransitionId, h.ActorId, h.At))
            .ToListAsync(cancellationToken);

        var available = definition.Transitions
            .Where(t => t.From == instance.State && user.HasPermission(t.Permission))
            .ToList();

        return new WorkflowStatus(definition.Id, instance.RecordId, instance.State, instance.Version.ToString(CultureInfo.InvariantCulture), history, available);
    }

    private static WorkflowFireResult Failed(LocalizedText error) => new(null, error, false);

    private static WorkflowFireResult Conflict() => new(null, new LocalizedText(
        "Iemand anders heeft dit traject intussen een stap verder gezet; er is niets gewijzigd. Open het scherm opnieuw.",
        "Someone else moved this workflow on in the meantime; nothing was changed. Open the screen again."), true);
}
