using Microsoft.AspNetCore.Authorization;
using SampleHost.Tenancy;

namespace SampleHost.Security;

/// <summary>Meets a <see cref="PermissionRequirement"/> when one of the user's roles has the permission.</summary>
internal sealed class PermissionAuthorizationHandler(RolePermissions rolePermissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll(HostClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (rolePermissions.Grants(roles, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
