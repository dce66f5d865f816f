using Host.Abstractions;

namespace SampleHost.Api.Operations;

/// <summary>An <see cref="IApiOperation"/> found at start-up, with the plugin it belongs to.</summary>
/// <param name="PluginId">The id of the plugin that registered it, or <c>host</c> for the host's own.</param>
/// <param name="Definition">The operation's method, path, permission and documentation.</param>
internal sealed record RegisteredApiOperation(string PluginId, ApiOperationDefinition Definition)
{
    /// <summary>The owner id of an operation the host registers itself.</summary>
    public const string HostOwner = "host";

    /// <summary>The HTTP method in upper case, such as <c>GET</c>.</summary>
    public string HttpMethod => Definition.Method.ToString().ToUpperInvariant();

    /// <summary>The absolute route, such as <c>/api/v1/notities/{notitieId}</c>.</summary>
    public string Route => $"{ApiVersion.Root}/{Definition.Path}";

    /// <summary>Whether the request may carry a body: POST and PUT.</summary>
    public bool AcceptsBody => Definition.Method is ApiMethod.Post or ApiMethod.Put;

    /// <summary>The names of the path parameters, in the order of the path.</summary>
    public IReadOnlyList<string> PathParameters => ApiPath.ParameterNames(Definition.Path);
}
