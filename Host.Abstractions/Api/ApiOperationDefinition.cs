namespace Host.Abstractions;

/// <summary>An API operation's method, path, permission and documentation.</summary>
/// <param name="OperationId">A unique id in camelCase, used in the OpenAPI document, for example <c>leveringToevoegen</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">
/// The path below the API root, in plural nouns and kebab-case, with path parameters in braces and no trailing slash,
/// for example <c>leveringen/{leveringId}</c>. A path never carries a BSN or another personal detail.
/// </param>
/// <param name="Permission">The permission the caller needs.</param>
/// <param name="Summary">What the operation does, for the OpenAPI document.</param>
public sealed record ApiOperationDefinition(string OperationId, ApiMethod Method, string Path, string Permission, LocalizedText Summary)
{
    /// <summary>The query parameters the operation reads.</summary>
    public IReadOnlyList<ApiQueryParameter> QueryParameters { get; init; } = [];

    /// <summary>The JSON Schema (an OpenAPI 3.0 schema object, as JSON) of the request body, or <see langword="null"/> for none.</summary>
    public string? RequestSchema { get; init; }

    /// <summary>The JSON Schema (an OpenAPI 3.0 schema object, as JSON) of a successful response body.</summary>
    public required string ResponseSchema { get; init; }

    /// <summary>The status code of a successful response: 200, or 201 for an operation that creates a resource.</summary>
    public int SuccessStatus { get; init; } = 200;

    /// <summary>
    /// Whether the caller must send an <c>Idempotency-Key</c> header. The host rejects a request without one with 400, and
    /// the operation itself recognises a key it has seen and returns the response of the first time.
    /// </summary>
    public bool RequiresIdempotencyKey { get; init; }
}

/// <summary>The HTTP methods an <see cref="IApiOperation"/> can have.</summary>
public enum ApiMethod
{
    /// <summary>Reads a resource or a collection; safe and idempotent.</summary>
    Get,

    /// <summary>Adds a resource to a collection.</summary>
    Post,

    /// <summary>Replaces a resource; idempotent.</summary>
    Put,

    /// <summary>Removes a resource; idempotent.</summary>
    Delete,
}

/// <summary>A query parameter of an <see cref="IApiOperation"/>.</summary>
/// <param name="Name">The parameter's name in camelCase.</param>
/// <param name="Description">What the parameter does.</param>
/// <param name="Schema">The parameter's JSON Schema (an OpenAPI 3.0 schema object, as JSON).</param>
public sealed record ApiQueryParameter(string Name, LocalizedText Description, string Schema = """{"type":"string"}""")
{
    /// <summary>Whether the caller must send the parameter.</summary>
    public bool Required { get; init; }
}
