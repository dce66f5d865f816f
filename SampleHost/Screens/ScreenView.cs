using Host.Abstractions;

namespace SampleHost.Screens;

/// <summary>What a view needs to render one screen: its content, its actions and the state of a failed action.</summary>
internal sealed record ScreenView(IScreen Screen, ScreenContent Content, string? RecordId, IReadOnlyList<IActionHandler> Actions)
{
    /// <summary>How the user paged, sorted and filtered the screen's lists.</summary>
    public ListQuery Query { get; init; } = ListQuery.Default;

    /// <summary>The message of a rejected edit of a record that changed meanwhile, or <see langword="null"/>.</summary>
    public LocalizedText? Conflict { get; init; }

    /// <summary>The action whose submission failed, or <see langword="null"/>.</summary>
    public string? FailedActionId { get; init; }

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    /// <summary>
    /// The errors of a failed action that the screen no longer offers, for example a second submission of a form
    /// whose record has changed so that the action is gone. The page shows them above the screen, as its form is not there.
    /// </summary>
    public IEnumerable<string> OrphanedErrors(System.Globalization.CultureInfo culture) =>
        FailedActionId is { } failed && Actions.All(a => a.Definition.Id != failed)
            ? (Conflict is { } conflict ? [conflict.For(culture)] : Errors.Select(e => e.Message.For(culture))).Distinct()
            : [];

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

    /// <summary>Returns the URL of this screen with <paramref name="query"/> as its query string.</summary>
    public string ListUrl(ListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var parameters = new List<string>();
        if (query.Sort is { } sort)
        {
            parameters.Add($"{ListQueryParameters.Sort}={Uri.EscapeDataString(sort)}");
            if (query.Descending)
            {
                parameters.Add($"{ListQueryParameters.Descending}=true");
            }
        }

        if (query.After is { } after)
        {
            parameters.Add($"{ListQueryParameters.After}={Uri.EscapeDataString(after)}");
        }

        parameters.AddRange(query.Filters.Where(f => !string.IsNullOrEmpty(f.Value))
            .Select(f => $"{ListQueryParameters.FilterPrefix}{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

        var url = Url(new ScreenLink(Screen.Definition.Id, RecordId));
        return parameters.Count == 0 ? url : $"{url}?{string.Join('&', parameters)}";
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
