namespace SampleHost.Security;

/// <summary>What a route parameter of a <see cref="ContributionAccessAttribute"/> endpoint names.</summary>
internal enum ContributionKind
{
    /// <summary>A screen: the endpoint needs the screen's <c>ViewPermission</c>.</summary>
    Screen,

    /// <summary>An action: the endpoint needs the action's <c>Permission</c>.</summary>
    Action,
}

/// <summary>
/// Marks a page or endpoint that serves every screen or action of the plugins and the host, such as
/// <c>/schermen/{screenId}</c>: it needs the permission of the screen or action that the route names, which the
/// endpoint checks itself. The authorisation matrix has one row per registered screen or action for it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ContributionAccessAttribute(ContributionKind kind, string routeParameter) : Attribute
{
    public ContributionKind Kind { get; } = kind;

    /// <summary>The route parameter with the screen or action id.</summary>
    public string RouteParameter { get; } = routeParameter;
}
