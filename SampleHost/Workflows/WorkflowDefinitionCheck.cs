using Host.Abstractions;

namespace SampleHost.Workflows;

/// <summary>Checks that a workflow definition is consistent before the engine uses it.</summary>
internal static class WorkflowDefinitionCheck
{
    /// <summary>Throws when the definition is inconsistent, naming every problem.</summary>
    /// <exception cref="InvalidOperationException">The definition names a state it does not have, has duplicate ids, or a final state with a deadline.</exception>
    public static void ThrowIfInvalid(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);

        var stateIds = definition.States.Select(s => s.Id).ToList();
        var problems = new List<string>();
        if (!stateIds.Contains(definition.InitialState))
        {
            problems.Add($"its initial state '{definition.InitialState}' is not one of its states");
        }

        problems.AddRange(stateIds.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"the state '{g.Key}' is declared twice"));
        problems.AddRange(definition.Transitions.GroupBy(t => t.Id).Where(g => g.Count() > 1).Select(g => $"the transition '{g.Key}' is declared twice"));
        problems.AddRange(definition.Transitions
            .SelectMany(t => new[] { (t.Id, State: t.From), (t.Id, State: t.To) })
            .Where(pair => !stateIds.Contains(pair.State))
            .Select(pair => $"the transition '{pair.Id}' names the unknown state '{pair.State}'"));
        problems.AddRange(definition.States.Where(s => s.IsFinal && s.Deadline is not null).Select(s => $"the final state '{s.Id}' has a deadline"));

        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The workflow '{definition.Id}' is not valid: {string.Join("; ", problems)}.");
        }
    }
}
