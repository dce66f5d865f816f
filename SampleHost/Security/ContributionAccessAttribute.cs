namespace SampleHost.Security;

/// <summary>What a route parameter of a <see cref="ContributionAccessAttribute"/> endpoint names.</summary>
internal enum ContributionKind
{
    /// <summary>A screen: the endpoint needs the screen's <c>ViewPermission</c>.</summary>
    Screen,

    /// <summary>An action: the endpoint needs the action's <c>Permission</c>.</summary>
    Action,

    /// <summary>A download: the endpoint needs the download's <c>DownloadDefinition.Permission</c>.</summary>
    Download,
}

/// <summary>
/// Marks a page or endpoint that serves every screen, action or download of the plugins and the host, such as
/// <c>/schermen/{screenId}</c>: it needs the permission of the screen, action or download that the route names,
/// which the endpoint checks itself. The authorisation matrix has one row per registered screen, action or download
/// for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ContributionAccessAttribute(ContributionKind kind, string routeParameter) : Attribute
{
    public ContributionKind Kind { get; } = kind;

    /// <summary>The route parameter with the screen, action or download id.</summary>
    public string RouteParameter { get; } = routeParameter;
}
