using Host.Abstractions;
using Microsoft.Extensions.Primitives;

namespace SampleHost.Screens;

/// <summary>The query string parameters of a screen's lists: sort column, direction, page position and filters.</summary>
internal static class ListQueryParameters
{
    public const string Sort = "sorteer";

    public const string Descending = "aflopend";

    public const string After = "na";

    /// <summary>The prefix of a filter parameter, followed by the filter's key.</summary>
    public const string FilterPrefix = "filter.";

    public static ListQuery Read(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var values = query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        var filters = values
            .Where(p => p.Key.StartsWith(FilterPrefix, StringComparison.Ordinal) && p.Value.Length > 0)
            .ToDictionary(p => p.Key[FilterPrefix.Length..], p => p.Value, StringComparer.Ordinal);

        return new ListQuery(
            values.GetValueOrDefault(Sort) is { Length: > 0 } sort ? sort : null,
            values.GetValueOrDefault(Descending) == "true",
            values.GetValueOrDefault(After) is { Length: > 0 } after ? after : null,
            filters);
    }
}
