using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>The workflow of a showcase item: nieuw, in behandeling, afgerond; reopening needs the notes permission.</summary>
internal sealed class ApplicationWorkflow : IWorkflowDefinitionProvider
{
    public const string WorkflowId = "showcase.aanvraag";

    public IReadOnlyList<WorkflowDefinition> Workflows { get; } =
    [
        new(
            WorkflowId,
            new("Aanvraag", "Application"),
            "nieuw",
            [
                new("nieuw", new("Nieuw", "New")) { Deadline = new(5, new("Beoordeel de aanvraag", "Assess the application")) },
                new("in-behandeling", new("In behandeling", "In progress")) { Deadline = new(10, new("Rond de aanvraag af", "Complete the application")) },
                new("afgerond", new("Afgerond", "Completed")) { IsFinal = true },
            ],
            [
                new("oppakken", new("In behandeling nemen", "Take on"), "nieuw", "in-behandeling", ShowcasePermissions.Edit),
                new("afronden", new("Afronden", "Complete"), "in-behandeling", "afgerond", ShowcasePermissions.Edit) { GuardId = OpenItemGuard.GuardId },
                new("heropenen", new("Heropenen", "Reopen"), "afgerond", "nieuw", ShowcasePermissions.EditNotes),
            ])
        {
            RecordScreenId = ItemScreen.ScreenId,
        },
    ];
}

/// <summary>Allows completing an application only for an item whose status is open.</summary>
internal sealed class OpenItemGuard(ShowcaseStore store) : IWorkflowGuard
{
    public const string GuardId = "showcase.item-open";

    public string Id => GuardId;

    public Task<LocalizedText?> CheckAsync(WorkflowGuardContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var item = store.Items.FirstOrDefault(i => i.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == context.RecordId);
        return Task.FromResult<LocalizedText?>(item?.Status == "open"
            ? null
            : new("Alleen een open item kan worden afgerond.", "Only an open item can be completed."));
    }
}
