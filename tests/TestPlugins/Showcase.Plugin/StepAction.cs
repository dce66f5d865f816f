using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>Takes a step of an item's application workflow, starting the workflow first when needed.</summary>
internal sealed class StepAction(IWorkflowEngine workflows) : IActionHandler
{
    public const string ActionId = "showcase.stap";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new("Stap zetten", "Take a step"),
        [
            new("stap", new("Stap", "Step"), FieldType.Choice)
            {
                Required = true,
                Choices =
                [
                    new("oppakken", new("In behandeling nemen", "Take on")),
                    new("afronden", new("Afronden", "Complete")),
                    new("heropenen", new("Heropenen", "Reopen")),
                ],
            },
        ],
        ShowcasePermissions.View);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (request.RecordId is not { } recordId)
        {
            return ActionResult.Invalid(new FieldError(string.Empty, new("Open een item om een stap te zetten.", "Open an item to take a step.")));
        }

        await workflows.StartAsync(ApplicationWorkflow.WorkflowId, recordId, cancellationToken);
        var result = await workflows.FireAsync(ApplicationWorkflow.WorkflowId, recordId, request.Value("stap")!, request.ExpectedVersion, cancellationToken);
        if (result.IsConflict)
        {
            return ActionResult.Conflict(result.Error!);
        }

        return result.Succeeded
            ? ActionResult.Success(new ScreenLink(ItemScreen.ScreenId, recordId), new("Stap gezet.", "Step taken."))
            : ActionResult.Invalid(new FieldError("stap", result.Error!));
    }
}
