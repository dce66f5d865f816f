using Host.Abstractions;

namespace SampleHost.Screens;

/// <summary>What a view needs to render one screen: its content, its actions and the state of a failed action.</summary>
internal sealed record ScreenView(IScreen Screen, ScreenContent Content, string? RecordId, IReadOnlyList<IActionHandler> Actions)
{
    /// <summary>The action whose submission failed, or <see langword="null"/>.</summary>
    public string? FailedActionId { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>The values the user submitted, shown again after a failed action.</summary>
    public IReadOnlyDictionary<string, string?> SubmittedValues { get; init; } = new Dictionary<string, string?>();

    /// <summary>Returns the value to show in an input of <paramref name="action"/>.</summary>
    public string? InputValue(IActionHandler action, string key)
    {
        ArgumentNullException.ThrowIfNull(action);

        if (action.Definition.Id == FailedActionId)
        {
            return SubmittedValues.GetValueOrDefault(key);
        }

        return Content.ActionValues.GetValueOrDefault(key);
    }

    /// <summary>Returns the errors of <paramref name="action"/> for <paramref name="key"/>.</summary>
    public IEnumerable<FieldError> ErrorsFor(IActionHandler action, string key)
    {
        ArgumentNullException.ThrowIfNull(action);

        return action.Definition.Id == FailedActionId ? Errors.Where(e => e.FieldKey == key) : [];
    }

    /// <summary>Returns the URL of a screen, with the record id as the last path segment.</summary>
    public static string Url(ScreenLink link)
    {
        ArgumentNullException.ThrowIfNull(link);

        return link.RecordId is null
            ? $"/schermen/{Uri.EscapeDataString(link.ScreenId)}"
            : $"/schermen/{Uri.EscapeDataString(link.ScreenId)}/{Uri.EscapeDataString(link.RecordId)}";
    }
}
