namespace SampleHost.Api.Operations;

/// <summary>
/// Checks the operations of all plugins before the host maps them, so a wrong path fails the start-up with a message
/// that names the plugin, instead of an endpoint that breaks the NL API Design Rules.
/// </summary>
internal static class ApiOperationCheck
{
    /// <summary>Returns one message per problem; empty when every operation may be mapped.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<RegisteredApiOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);

        var problems = new List<string>();
        foreach (var operation in operations)
        {
            problems.AddRange(PathProblems(operation));
        }

        problems.AddRange(operations
            .GroupBy(o => (o.HttpMethod, Path: ApiPath.ParameterShape(o.Definition.Path)))
            .Where(group => group.Count() > 1)
            .Select(group => $"The API operation {group.Key.HttpMethod} {group.First().Definition.Path} is registered more than once, by {Owners(group)}. Give each operation its own method and path."));
        problems.AddRange(operations
            .GroupBy(o => o.Definition.OperationId, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"The API operation id '{group.Key}' is used more than once, by {Owners(group)}. Give each operation its own operationId."));
        return problems;
    }

    /// <summary>Throws when <see cref="Problems"/> finds any.</summary>
    /// <exception cref="InvalidOperationException">An operation has a wrong path or parameter, or two operations clash.</exception>
    public static void ThrowIfInvalid(IReadOnlyList<RegisteredApiOperation> operations)
    {
        var problems = Problems(operations);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The plugins' API operations cannot be mapped: " + string.Join(" ", problems));
        }
    }

    private static IEnumerable<string> PathProblems(RegisteredApiOperation operation)
    {
        var definition = operation.Definition;
        var name = $"The API operation {definition.OperationId} ({operation.HttpMethod} {definition.Path}) of plugin '{operation.PluginId}'";

        if (string.IsNullOrWhiteSpace(definition.OperationId))
        {
            yield return $"An API operation of plugin '{operation.PluginId}' ({operation.HttpMethod} {definition.Path}) has no operationId. Give it a unique id in camelCase.";
        }

        if (definition.Path.Length == 0 || definition.Path.StartsWith('/'))
        {
            yield return $"{name} has a path that is empty or starts with '/'. Give the path below the API root, for example 'leveringen/{{leveringId}}'.";
            yield break;
        }

        if (definition.Path.EndsWith('/'))
        {
            yield return $"{name} has a trailing slash. Remove it: the API answers a path with a trailing slash with 404.";
        }

        foreach (var segment in ApiPath.LiteralSegments(definition.Path).Where(s => s.Length > 0 && !ApiPath.IsKebabCase(s)))
        {
            yield return $"{name} has the path segment '{segment}', which is not in lower-case kebab-case. Write it as plural nouns in lower case with hyphens, for example 'voortgangsmeldingen'.";
        }

        var parameters = operation.PathParameters.Concat(definition.QueryParameters.Select(q => q.Name));
        foreach (var parameter in parameters.Where(ApiPath.IsBsnLike))
        {
            yield return $"{name} has the parameter '{parameter}', which looks like a BSN. A BSN never goes in a URL: send it in the request body.";
        }
    }

    private static string Owners(IEnumerable<RegisteredApiOperation> group) =>
        string.Join(" and ", group.Select(o => $"plugin '{o.PluginId}'").Distinct(StringComparer.Ordinal));
}
