namespace Host.Abstractions;

/// <summary>
/// Handles an action a user starts from a screen or through the host's API. The host checks
/// <see cref="ActionDefinition.Permission"/>, binds the form and protects it against forgery before it calls
/// <see cref="ExecuteAsync"/>. Register implementations as <see cref="IActionHandler"/> services.
/// </summary>
public interface IActionHandler
{
    /// <summary>The action's id, label, inputs and permission.</summary>
    ActionDefinition Definition { get; }

    /// <summary>Carries out the action for the current gemeente and user.</summary>
    /// <param name="request">The record and the submitted values.</param>
    /// <param name="cancellationToken">Cancels the action.</param>
    /// <returns>Success with where to go next, or the errors per field.</returns>
    Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken);
}

/// <summary>An action's id, label, inputs and permission.</summary>
/// <param name="Id">A unique id prefixed with the plugin id, for example <c>inburgering.registreer</c>.</param>
/// <param name="Label">The text on the button.</param>
/// <param name="Inputs">The fields of the action's form, in order.</param>
/// <param name="Permission">The permission needed to carry out the action.</param>
public sealed record ActionDefinition(string Id, LocalizedText Label, IReadOnlyList<FieldDefinition> Inputs, string Permission);

/// <summary>The input of an action.</summary>
/// <param name="RecordId">The record the action works on, or <see langword="null"/>.</param>
/// <param name="Values">The submitted values by field key, as text.</param>
public sealed record ActionRequest(string? RecordId, IReadOnlyDictionary<string, string?> Values)
{
    /// <summary>
    /// The <see cref="ScreenContent.Version"/> of the record when the user opened the form, or <see langword="null"/>.
    /// A handler that finds another version returns <see cref="ActionResult.Conflict"/> and changes nothing.
    /// </summary>
    public string? ExpectedVersion { get; init; }

    /// <summary>The uploaded files of the action's <see cref="FieldType.File"/> inputs by field key; a file left empty is absent.</summary>
    public IReadOnlyDictionary<string, ActionFile> Files { get; init; } = new Dictionary<string, ActionFile>();

    /// <summary>Returns the trimmed value of <paramref name="key"/>, or <see langword="null"/> when it is missing or blank.</summary>
    /// <param name="key">A field key.</param>
    public string? Value(string key) => Values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>The outcome of an action: success, or errors that name the fields to correct.</summary>
public sealed record ActionResult
{
    private ActionResult(bool succeeded, ScreenLink? navigateTo, LocalizedText? message, IReadOnlyList<FieldError> errors, bool isConflict = false)
    {
        Succeeded = succeeded;
        NavigateTo = navigateTo;
        Message = message;
        Errors = errors;
        IsConflict = isConflict;
    }

    /// <summary>Whether the action was rejected because the record changed since the user opened the form.</summary>
    public bool IsConflict { get; }

    /// <summary>Whether the action was carried out.</summary>
    public bool Succeeded { get; }

    /// <summary>The screen to show next, or <see langword="null"/> to stay.</summary>
    public ScreenLink? NavigateTo { get; }

    /// <summary>A message for the user, shown on the next screen.</summary>
    public LocalizedText? Message { get; }

    /// <summary>What is wrong per field; empty on success.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="navigateTo">The screen to show next, or <see langword="null"/>.</param>
    /// <param name="message">A message for the user, or <see langword="null"/>.</param>
    public static ActionResult Success(ScreenLink? navigateTo, LocalizedText? message = null) => new(true, navigateTo, message, []);

    /// <summary>Creates a failed result with errors per field; nothing was changed.</summary>
    /// <param name="errors">At least one error.</param>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static ActionResult Invalid(params IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
        }

        return new ActionResult(false, null, null, errors);
    }

    /// <summary>
    /// Creates a result for an edit of a record that changed since the user opened the form: nothing was changed, and
    /// the host shows the user's values again with <paramref name="message"/>, so no input is lost.
    /// </summary>
    /// <param name="message">What happened and what to do, in Dutch and English.</param>
    public static ActionResult Conflict(LocalizedText message) =>
        new(false, null, message, [new FieldError(string.Empty, message)], isConflict: true);
}

/// <summary>What is wrong with one field and how to fix it.</summary>
/// <param name="FieldKey">The field's key; an empty key means the whole form.</param>
/// <param name="Message">What is wrong and what to do, in Dutch and English.</param>
public sealed record FieldError(string FieldKey, LocalizedText Message);
