using System.Globalization;
using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>One list item, opened from the list or from a reference field.</summary>
internal sealed class ItemScreen(ShowcaseStore store, IWorkflowEngine workflows) : IScreen
{
    public const string ScreenId = "showcase.item";

    public ScreenDefinition Definition { get; } = new(ScreenId, new("Voorbeelditem", "Showcase item"), HostSlots.Page, ShowcasePermissions.View);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!int.TryParse(request.RecordId, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || store.Items.FirstOrDefault(i => i.Number == number) is not { } item)
        {
            return null;
        }

        var status = await workflows.GetAsync(ApplicationWorkflow.WorkflowId, item.Number.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var workflowState = new FieldDefinition("aanvraagstatus", new("Status van de aanvraag", "Application status"), FieldType.Text);
        var history = new ListElement(
            [
                new FieldDefinition("naar", new("Naar", "To"), FieldType.Text),
                new FieldDefinition("door", new("Door", "By"), FieldType.Text),
                new FieldDefinition("op", new("Op", "On"), FieldType.DateTime),
            ],
            [.. (status?.History ?? []).Select(h => new ListRow([h.ToState, h.ActorId, h.At], null))])
        {
            EmptyText = new("De aanvraag is nog niet gestart.", "The application has not started yet."),
        };

        var content = new ScreenContent(
        [
            new ScreenSection(new("Item", "Item"),
            [
                new FieldElement(ShowcaseFields.Name, item.Name),
                new FieldElement(ShowcaseFields.Status, item.Status),
                new FieldElement(ShowcaseFields.Number, item.Amount),
                new FieldElement(workflowState, status?.State ?? "nieuw"),
            ]),
            new ScreenSection(new("Geschiedenis van de aanvraag", "Application history"), [history]),
            new ScreenSection(new("Bestanden", "Files"),
            [
                new DownloadElement(new("Item als CSV downloaden", "Download the item as CSV"), ItemCsvDownload.DownloadId, request.RecordId),
            ]),
        ])
        {
            Heading = item.Name,
            Actions = [StepAction.ActionId, CountLinesAction.ActionId],
            Version = status?.Version,
            IsPrintable = true,
        };
        return content;
    }
}
