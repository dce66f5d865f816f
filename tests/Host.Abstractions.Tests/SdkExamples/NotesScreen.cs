using System.Globalization;

namespace Host.Abstractions.Tests.SdkExamples;

#region screen
/// <summary>The notes of the current gemeente, newest first, with a form to add one.</summary>
public sealed class NotesScreen(NotesStore store, ITenantContext tenant) : IScreen
{
    private static readonly FieldDefinition s_text = new("tekst", new("Notitie", "Note"), FieldType.MultilineText) { Required = true, MaxLength = 500 };

    /// <inheritdoc />
    public ScreenDefinition Definition { get; } = new("notes.list", new("Notities", "Notes"), HostSlots.Navigation, NotesPermissions.View);

    /// <inheritdoc />
    public Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        var notes = store.For(tenant.Required);
        var list = new ListElement([s_text], [.. notes.Select(note => new ListRow([note], null))])
        {
            EmptyText = new("Nog geen notities.", "No notes yet."),
        };

        var content = new ScreenContent([new ScreenSection(new("Notities", "Notes"), [list])])
        {
            Actions = [AddNoteAction.Id],
            Version = notes.Count.ToString(CultureInfo.InvariantCulture),
        };
        return Task.FromResult<ScreenContent?>(content);
    }
}
#endregion
