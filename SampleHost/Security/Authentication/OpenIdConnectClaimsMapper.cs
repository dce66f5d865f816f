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

        var organisation = OrganisationOf(providerUser, settings, roles);
        var name = providerUser.FindFirstValue(settings.NameClaim);
        var identity = new ClaimsIdentity(
            [
                new Claim(HostClaimTypes.UserId, userId),
                new Claim(HostClaimTypes.Name, string.IsNullOrWhiteSpace(name) ? userId : name),
                new Claim(HostClaimTypes.Gemeente, gemeente.Value),
                .. roles.Select(role => new Claim(HostClaimTypes.Role, role)),
                .. organisation is null ? Array.Empty<Claim>() : [new Claim(HostClaimTypes.Organisation, organisation)],
            ],
            HostAuthenticationSchemes.OpenIdConnect,
            HostClaimTypes.Name,
            HostClaimTypes.Role);

        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// Returns the organisation from the KvK number and vestigingsnummer claims, or <see langword="null"/> for a user
    /// without a KvK number claim; an aanbieder without one is refused, as it would see no students.
    /// </summary>
    private static string? OrganisationOf(ClaimsPrincipal providerUser, OpenIdConnectSignInOptions settings, List<string> roles)
    {
        var kvkNumber = string.IsNullOrWhiteSpace(settings.KvkNumberClaim) ? null : providerUser.FindFirstValue(settings.KvkNumberClaim);
        if (string.IsNullOrWhiteSpace(kvkNumber))
        {
            return roles.Contains(HostRoles.Aanbieder)
                ? throw new SignInRefusedException($"The user has the role {HostRoles.Aanbieder} but no KvK number claim ({OpenIdConnectSignInOptions.Section}:{nameof(settings.KvkNumberClaim)}).")
                : null;
        }

        var vestigingsnummer = string.IsNullOrWhiteSpace(settings.VestigingsnummerClaim) ? null : providerUser.FindFirstValue(settings.VestigingsnummerClaim);
        return Organisation.From(kvkNumber, vestigingsnummer)
            ?? throw new SignInRefusedException($"The '{settings.KvkNumberClaim}' claim must be an 8-digit KvK number and the '{settings.VestigingsnummerClaim}' claim, when present, a 12-digit vestigingsnummer.");
    }
}
