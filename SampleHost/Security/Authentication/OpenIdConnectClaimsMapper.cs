using System.Security.Claims;
using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Plugins;
using SampleHost.Tenancy;

namespace SampleHost.Security.Authentication;

/// <summary>
/// Turns the identity provider's claims into SampleHost's login claims (<see cref="HostClaimTypes"/>): the user's
/// id and name, a gemeente this deployment serves, and the host roles that the provider's roles map to.
/// </summary>
internal sealed class OpenIdConnectClaimsMapper(IOptions<OpenIdConnectSignInOptions> options, TenantDirectory tenants)
{
    /// <summary>Maps <paramref name="providerUser"/> to a host user.</summary>
    /// <exception cref="SignInRefusedException">The user has no id, no served gemeente or no mapped role; the message names which.</exception>
    public ClaimsPrincipal Map(ClaimsPrincipal providerUser)
    {
        ArgumentNullException.ThrowIfNull(providerUser);

        var settings = options.Value;

        var userId = providerUser.FindFirstValue(settings.UserIdClaim);
        if (string.IsNullOrWhiteSpace(userId))
        {
            throw new SignInRefusedException($"The id_token has no '{settings.UserIdClaim}' claim with the user's id.");
        }

        var gemeenteValue = providerUser.FindFirstValue(settings.GemeenteClaim);
        if (!GemeenteCode.TryParse(gemeenteValue, out var gemeente) || !tenants.Gemeenten.Contains(gemeente))
        {
            throw new SignInRefusedException($"The '{settings.GemeenteClaim}' claim is '{gemeenteValue}', which is not a gemeente this deployment serves (Tenants:Gemeenten).");
        }

        var roles = providerUser.FindAll(settings.RolesClaim)
            .Select(claim => settings.RoleMapping.TryGetValue(claim.Value, out var hostRole) ? hostRole : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (roles.Count == 0)
        {
            throw new SignInRefusedException($"None of the user's '{settings.RolesClaim}' claims is in {OpenIdConnectSignInOptions.Section}:RoleMapping.");
        }

        var name = providerUser.FindFirstValue(settings.NameClaim);
        var identity = new ClaimsIdentity(
            [
                new Claim(HostClaimTypes.UserId, userId),
                new Claim(HostClaimTypes.Name, string.IsNullOrWhiteSpace(name) ? userId : name),
                new Claim(HostClaimTypes.Gemeente, gemeente.Value),
                .. roles.Select(role => new Claim(HostClaimTypes.Role, role)),
            ],
            HostAuthenticationSchemes.OpenIdConnect,
            HostClaimTypes.Name,
            HostClaimTypes.Role);

        return new ClaimsPrincipal(identity);
    }
}
