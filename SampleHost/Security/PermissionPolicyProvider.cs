using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SampleHost.Security;

/// <summary>
/// Builds the policy of a <see cref="RequiresPermissionAttribute"/> on demand: a signed-in user whose roles hold the
/// permission. Other policy names go to the default provider.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    private const string Prefix = "permission:";

    public static string PolicyFor(string permission) => Prefix + permission;

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        ArgumentNullException.ThrowIfNull(policyName);

        if (!policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return await base.GetPolicyAsync(policyName);
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName[Prefix.Length..]))
            .Build();
    }
}

/// <summary>The requirement that the user's roles hold <paramref name="Permission"/>.</summary>
internal sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
