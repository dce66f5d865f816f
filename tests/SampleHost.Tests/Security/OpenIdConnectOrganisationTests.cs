using System.Security.Claims;
using Host.Abstractions;
using Microsoft.Extensions.Options;
using SampleHost.Plugins;
using SampleHost.Security.Authentication;
using SampleHost.Tenancy;

namespace SampleHost.Tests.Security;

/// <summary>
/// The organisation claim from an OpenID Connect sign-in, such as through an eHerkenning broker: the KvK number and
/// the vestigingsnummer come from the configured claims, and an aanbieder without a valid KvK number is rejected.
/// </summary>
[TestFixture]
public sealed class OpenIdConnectOrganisationTests
{
    private static readonly OpenIdConnectClaimsMapper s_mapper = CreateMapper();

    [Test]
    public void Map_KvkAndVestiging_IssuesOrganisation()
    {
        var user = s_mapper.Map(ProviderUser("Taalschool", ("kvk", "90059901"), ("vestiging", "000012345678")));

        Assert.That(user.FindFirstValue(HostClaimTypes.Organisation), Is.EqualTo("90059901/000012345678"));
        Assert.That(user.FindFirstValue(HostClaimTypes.Role), Is.EqualTo(HostRoles.Aanbieder));
    }

    [Test]
    public void Map_KvkWithoutVestiging_IssuesKvkOnly()
    {
        var user = s_mapper.Map(ProviderUser("Taalschool", ("kvk", "90059901")));

        Assert.That(user.FindFirstValue(HostClaimTypes.Organisation), Is.EqualTo("90059901"));
    }

    [Test]
    public void Map_StaffWithoutKvk_HasNoOrganisation()
    {
        var user = s_mapper.Map(ProviderUser("Consulent"));

        Assert.That(user.FindFirst(HostClaimTypes.Organisation), Is.Null);
    }

    [Test]
    public void Map_AanbiederWithoutKvk_IsRejected()
    {
        var exception = Assert.Throws<SignInRefusedException>(() => s_mapper.Map(ProviderUser("Taalschool")));

        Assert.That(exception!.Message, Does.StartWith("The user has the role aanbieder but no KvK number claim"));
    }

    [Test]
    public void Map_InvalidKvk_IsRejected()
    {
        var exception = Assert.Throws<SignInRefusedException>(() => s_mapper.Map(ProviderUser("Taalschool", ("kvk", "9005990"))));

        Assert.That(exception!.Message, Does.StartWith("The 'kvk' claim must be an 8-digit KvK number"));
    }

    private static OpenIdConnectClaimsMapper CreateMapper()
    {
        var options = new OpenIdConnectSignInOptions { KvkNumberClaim = "kvk", VestigingsnummerClaim = "vestiging" };
        options.RoleMapping["Taalschool"] = HostRoles.Aanbieder;
        options.RoleMapping["Consulent"] = HostRoles.ConsulentInburgering;
        return new OpenIdConnectClaimsMapper(Options.Create(options), new TenantDirectory([GemeenteCode.Parse("0599")]));
    }

    private static ClaimsPrincipal ProviderUser(string role, params (string Type, string Value)[] extra) => new(new ClaimsIdentity(
        [
            new Claim("sub", "user-1"),
            new Claim("name", "Medewerker"),
            new Claim("gemeente", "0599"),
            new Claim("roles", role),
            .. extra.Select(claim => new Claim(claim.Type, claim.Value)),
        ],
        "test"));
}
