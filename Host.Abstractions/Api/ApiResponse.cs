namespace Host.Abstractions;

/// <summary>
/// The outcome of an <see cref="IApiOperation"/>: a JSON body with a status, or a problem that the host writes as
/// <c>application/problem+json</c> (RFC 9457) with the invalid parameters, as the NL API Design Rules ask.
/// </summary>
public sealed record ApiResponse
{
    private ApiResponse(int status, ReadOnlyMemory<byte> json, ApiProblem? problem)
    {
        Status = status;
        Json = json;
        Problem = problem;
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>The UTF-8 JSON body of a successful response; empty for a problem.</summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>What went wrong, or <see langword="null"/> for a successful response.</summary>
    public ApiProblem? Problem { get; }

    /// <summary>
    /// The path of the resource the response is about, below the API root (for example <c>leveringen/{id}</c>), which
    /// the host sends as the <c>Location</c> header; or <see langword="null"/>.
    /// </summary>
    public string? Location { get; init; }

    /// <summary>Creates a successful response.</summary>
    /// <param name="status">A 2xx status code.</param>
    /// <param name="utf8Json">The body as UTF-8 JSON.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a 2xx code.</exception>
    public static ApiResponse Success(int status, ReadOnlyMemory<byte> utf8Json)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 299);
        return new ApiResponse(status, utf8Json, null);
    }

    /// <summary>Creates a problem response.</summary>
    /// <param name="status">A 4xx status code, such as 400, 404, 409 or 422.</param>
    /// <param name="title">What went wrong, the same for every occurrence, in Dutch and English.</param>
    /// <param name="detail">What went wrong this time and how to fix it, or <see langword="null"/>.</param>
    /// <param name="invalidParameters">The parameters or body fields that are wrong, each with its reason.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a 4xx code.</exception>
    public static ApiResponse Failure(int status, LocalizedText title, LocalizedText? detail = null, IReadOnlyList<ApiInvalidParameter>? invalidParameters = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 499);
        ArgumentNullException.ThrowIfNull(title);
        return new ApiResponse(status, ReadOnlyMemory<byte>.Empty, new ApiProblem(title, detail, invalidParameters ?? []));
    }

    /// <summary>Creates a 404 response for a resource that does not exist for the caller.</summary>
    public static ApiResponse NotFound() => Failure(404, new LocalizedText("Niet gevonden", "Not found"));
}

/// <summary>What went wrong in an API request.</summary>
/// <param name="Title">What went wrong, the same for every occurrence.</param>
/// <param name="Detail">What went wrong this time and how to fix it, or <see langword="null"/>.</param>
/// <param name="InvalidParameters">The parameters or body fields that are wrong.</param>
public sealed record ApiProblem(LocalizedText Title, LocalizedText? Detail, IReadOnlyList<ApiInvalidParameter> InvalidParameters);

/// <summary>One wrong parameter or body field.</summary>
/// <param name="Name">
/// The parameter's name, or the body field's path with dots and indexes, such as <c>regels[3].periodeTot</c>.
/// </param>
/// <param name="Code">A stable code for programs, such as <c>required</c>, <c>date</c> or <c>bsn</c>.</param>
/// <param name="Reason">What is wrong and how to fix it, in Dutch and English.</param>
public sealed record ApiInvalidParameter(string Name, string Code, LocalizedText Reason);
