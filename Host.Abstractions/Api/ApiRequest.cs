namespace Host.Abstractions;

/// <summary>One request to an <see cref="IApiOperation"/>, after the host signed in the caller and checked the permission.</summary>
/// <param name="PathValues">The values of the path parameters by name, unescaped.</param>
/// <param name="Query">The query parameters by name; a parameter sent twice keeps its first value.</param>
public sealed record ApiRequest(IReadOnlyDictionary<string, string> PathValues, IReadOnlyDictionary<string, string?> Query)
{
    /// <summary>The <c>Idempotency-Key</c> header, or <see langword="null"/> when the caller sent none.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// The request body, which the host checked to be declared as <c>application/json</c> and to stay within its size
    /// limit, or <see langword="null"/> for a request without one. The host disposes of it.
    /// </summary>
    public Stream? Body { get; init; }

    /// <summary>Returns the trimmed query value of <paramref name="name"/>, or <see langword="null"/> when it is missing or blank.</summary>
    /// <param name="name">A query parameter's name.</param>
    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
