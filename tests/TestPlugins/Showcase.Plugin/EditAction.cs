using System.Globalization;
using Host.Abstractions;

namespace Showcase.Plugin;

/// <summary>Edits the showcase record, rejecting an edit of a version that is no longer current.</summary>
internal sealed class EditAction(ShowcaseStore store) : IActionHandler
{
    public const string ActionId = "showcase.bewerk";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new("Wijzigen", "Save changes"),
        [
            ShowcaseFields.Title, ShowcaseFields.Notes, ShowcaseFields.Amount, ShowcaseFields.Active, ShowcaseFields.Start,
            ShowcaseFields.Choice, ShowcaseFields.Choices, ShowcaseFields.Reason,
        ],
        ShowcasePermissions.Edit);

    public Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!int.TryParse(request.ExpectedVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return Task.FromResult(ActionResult.Invalid(new FieldError(string.Empty, new("Open het formulier opnieuw; de versie ontbreekt.", "Open the form again; the version is missing."))));
        }

        var updated = store.TryUpdate(version, record => record with
        {
            Title = request.Value("titel") ?? record.Title,
            Notes = request.Value("notities") ?? record.Notes,
            Amount = request.Value("bedrag") is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : record.Amount,
            Active = request.Value("actief") == "true",
            Start = request.Value("start") is { } start ? DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture) : record.Start,
            Choice = request.Value("keuze") ?? record.Choice,
            Choices = request.Value("keuzes")?.Split(',') ?? [],
            Reason = request.Value("reden"),
        });

        return Task.FromResult(updated
            ? ActionResult.Success(new ScreenLink(OverviewScreen.ScreenId, null), new("Opgeslagen.", "Saved."))
            : ActionResult.Conflict(new(
                "Iemand anders heeft dit record intussen gewijzigd; er is niets opgeslagen. Uw invoer staat hieronder: open het scherm opnieuw en voer de wijziging nog eens door.",
                "Someone else changed this record in the meantime; nothing was saved. Your input is shown below: open the screen again and make the change once more.")));
    }
}
