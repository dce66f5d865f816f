using Microsoft.AspNetCore.Authorization;

namespace SampleHost.Security;

/// <summary>
/// Lets only users whose roles hold <see cref="Permission"/> reach a page or an endpoint. It is the page's or
/// endpoint's place in the authorisation matrix; <see cref="PermissionPolicyProvider"/> turns it into a policy.
/// </summary>
/// <remarks>For one handler of a page that needs more than the page itself, use <see cref="HandlerPermissionAttribute"/>.</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class RequiresPermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicyProvider.PolicyFor(permission))
{
    /// <summary>The permission the user's roles must hold.</summary>
    public string Permission { get; } = permission;
}
