namespace SampleHost.Api.Operations;

/// <summary>The settings of the plugins' REST API under <c>/api/v1</c>, from the configuration section <c>Api</c>.</summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The largest request body, in bytes, that an operation accepts; defaults to 20 MB (20,971,520 bytes).</summary>
    public long MaxRequestBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// How long an instance keeps an API client it looked up, so repeated calls with one key skip the database. Defaults
    /// to 30 seconds. A key revoked on another instance stops working here at most this long after. Zero turns the cache
    /// off.
    /// </summary>
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The name of the team that answers questions about the API, for the OpenAPI document.</summary>
    public string ContactName { get; set; } = "Functioneel beheer";

    /// <summary>The e-mail address of that team, for the OpenAPI document.</summary>
    public string ContactEmail { get; set; } = "api@gemeente.example";

    /// <summary>The web page of the API's documentation or its team, for the OpenAPI document.</summary>
    public string ContactUrl { get; set; } = "https://gemeente.example/api";
}
