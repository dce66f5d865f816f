using System.Globalization;

namespace Host.Abstractions.Tests.SdkExamples;

#region action
/// <summary>Adds a note, unless someone else added one since the form was opened.</summary>
public sealed class AddNoteAction(NotesStore store, ITenantContext tenant) : IActionHandler
{
    /// <summary>The action's id.</summary>
    public const string Id = "notes.add";

    /// <inheritdoc />
    public ActionDefinition Definition { get; } = new(
        Id,
        new("Notitie toevoegen", "Add note"),
        [new("tekst", new("Notitie", "Note"), FieldType.MultilineText) { Required = true, MaxLength = 500 }],
        NotesPermissions.Add);

    /// <inheritdoc />
    public Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The host has checked the permission, the required field and its length already.
        var text = request.Value("tekst")!;
        var expected = int.Parse(request.ExpectedVersion ?? "0", CultureInfo.InvariantCulture);
        if (!store.TryAdd(tenant.Required, expected, text))
        {
            return Task.FromResult(ActionResult.Conflict(new(
                "Er is intussen een notitie toegevoegd; uw notitie is niet opgeslagen. Open de lijst opnieuw en voeg hem nog eens toe.",
                "A note was added in the meantime; yours was not saved. Open the list again and add it once more.")));
        }

        return Task.FromResult(ActionResult.Success(new ScreenLink("notes.list", null), new("Notitie toegevoegd.", "Note added.")));
    }
}
#endregion
