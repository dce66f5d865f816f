namespace Host.Abstractions;

/// <summary>
/// A condition on another input of the same form: it holds when that input's value is one of <paramref name="Values"/>.
/// </summary>
/// <param name="FieldKey">The key of the other input, for example <c>doelgroep</c>.</param>
/// <param name="Values">The values (choice codes, or <c>true</c> for a checked box) for which the condition holds.</param>
public sealed record FieldCondition(string FieldKey, IReadOnlyList<string> Values)
{
    /// <summary>Returns whether the condition holds for the submitted <paramref name="values"/>.</summary>
    /// <param name="values">The submitted values by field key.</param>
    public bool IsMet(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);

        return values.TryGetValue(FieldKey, out var value) && value is not null && Values.Contains(value, StringComparer.Ordinal);
    }
}
