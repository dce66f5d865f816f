namespace SampleHost.Brp.HaalCentraal;

/// <summary>An error response of the API (<c>application/problem+json</c>, RFC 9457, with the API's extensions).</summary>
internal sealed class Problem
{
    /// <summary>A URI that names the kind of error.</summary>
    public string? Type { get; init; }

    /// <summary>A short summary of the error.</summary>
    public string? Title { get; init; }

    /// <summary>The HTTP status code.</summary>
    public int? Status { get; init; }

    /// <summary>What went wrong in this request.</summary>
    public string? Detail { get; init; }

    /// <summary>The path of the request.</summary>
    public string? Instance { get; init; }

    /// <summary>The API's error code, such as <c>paramsValidation</c> or <c>unauthorized</c>.</summary>
    public string? Code { get; init; }

    /// <summary>The parameters that were wrong, for a 400 response.</summary>
    public IReadOnlyList<InvalidParam>? InvalidParams { get; init; }
}
