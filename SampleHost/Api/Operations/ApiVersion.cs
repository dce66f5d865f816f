namespace SampleHost.Api.Operations;

/// <summary>
/// The version of the plugins' REST API. The major version is in every path (<c>/api/v1</c>); the full semantic
/// version is in the <c>API-Version</c> header of every response and in the OpenAPI document.
/// </summary>
internal static class ApiVersion
{
    /// <summary>The root of the API's paths.</summary>
    public const string Root = "/api/v1";

    /// <summary>The full semantic version: raise the minor version for added operations, the patch version for fixes.</summary>
    public const string Full = "1.0.0";

    /// <summary>The name of the response header that carries <see cref="Full"/>.</summary>
    public const string HeaderName = "API-Version";

    /// <summary>Returns whether <paramref name="request"/> is for the API under <see cref="Root"/>.</summary>
    public static bool IsApiRequest(HttpRequest request) => request.Path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);
}
