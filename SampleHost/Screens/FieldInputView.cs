using Host.Abstractions;

namespace SampleHost.Screens;

/// <summary>What the view of one action input needs: the screen, the action, the input and the id of its form.</summary>
internal sealed record FieldInputView(ScreenView View, IActionHandler Action, FieldDefinition Input, string FormId)
{
    /// <summary>The id of the input element, unique on the page.</summary>
    public string InputId => $"{FormId}-{Input.Key}";

    /// <summary>Returns whether <paramref name="condition"/> holds for the values the form shows now.</summary>
    public bool ConditionHolds(FieldCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);

        var current = Action.Definition.Inputs.ToDictionary(i => i.Key, i => View.InputValue(Action, i.Key), StringComparer.Ordinal);
        return condition.IsMet(current);
    }
}
