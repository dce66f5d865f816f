namespace SampleHost.Security;

/// <summary>
/// Lets only users whose roles hold <see cref="Permission"/> run one handler of a Razor page, for example the
/// registration form on a page that everyone with the view permission may open. <see cref="HandlerPermissionFilter"/>
/// enforces it; the authorisation matrix lists it beside the page.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class HandlerPermissionAttribute(string permission) : Attribute
{
    /// <summary>The permission the user's roles must hold.</summary>
    public string Permission { get; } = permission;
}
