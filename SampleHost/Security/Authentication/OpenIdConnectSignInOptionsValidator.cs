using Host.Abstractions;
using Microsoft.Extensions.Options;

namespace SampleHost.Security.Authentication;

/// <summary>Checks the <c>Authentication:OpenIdConnect</c> settings at start-up, naming each wrong setting and its fix.</summary>
internal sealed class OpenIdConnectSignInOptionsValidator : IValidateOptions<OpenIdConnectSignInOptions>
{
    private const string Section = OpenIdConnectSignInOptions.Section;

    public ValidateOptionsResult Validate(string? name, OpenIdConnectSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
        {
            failures.Add($"{Section}:Authority is missing or not an absolute URL. Set it to the identity provider's issuer, for example 'https://login.gemeente.nl/realms/medewerkers'.");
        }
        else if (options.RequireHttpsMetadata && authority.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Section}:Authority '{options.Authority}' does not use HTTPS. Use the provider's https:// issuer URL.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{Section}:ClientId is missing. Set it to the client id that the identity provider registered for this host.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"{Section}:ClientSecret is missing. Set it from a secret store or an environment variable (Authentication__OpenIdConnect__ClientSecret).");
        }

        foreach (var (setting, value) in ClaimSettings(options))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"{Section}:{setting} is empty. Set it to the name of the id_token claim, or remove it to use the default.");
            }
        }

        if (options.RoleMapping.Count == 0)
        {
            failures.Add($"{Section}:RoleMapping is empty, so no user would get a role. Map each provider role to a host role, for example \"RoleMapping\": {{ \"Inburgering-Consulent\": \"{HostRoles.ConsulentInburgering}\" }}.");
        }

        if (options.RoleMapping.Values.Contains(HostRoles.Aanbieder) && string.IsNullOrWhiteSpace(options.KvkNumberClaim))
        {
            failures.Add($"{Section}:RoleMapping grants the role {HostRoles.Aanbieder}, but {Section}:KvkNumberClaim is not set, so no aanbieder could sign in. Set it to the claim with the KvK number, such as the one an eHerkenning broker sends.");
        }

        if (options.VestigingsnummerClaim is { } vestiging && (string.IsNullOrWhiteSpace(vestiging) || string.IsNullOrWhiteSpace(options.KvkNumberClaim)))
        {
            failures.Add($"{Section}:VestigingsnummerClaim is set without {Section}:KvkNumberClaim, or is empty. Set both claim names, or remove VestigingsnummerClaim.");
        }

        foreach (var (providerRole, hostRole) in options.RoleMapping)
        {
            if (!HostRoles.All.Contains(hostRole))
            {
                failures.Add($"{Section}:RoleMapping:{providerRole} is '{hostRole}', which is not a host role. Use one of: {string.Join(", ", HostRoles.All)}.");
            }
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }

    private static IEnumerable<(string Setting, string Value)> ClaimSettings(OpenIdConnectSignInOptions options) =>
    [
        (nameof(options.UserIdClaim), options.UserIdClaim),
        (nameof(options.NameClaim), options.NameClaim),
        (nameof(options.GemeenteClaim), options.GemeenteClaim),
        (nameof(options.RolesClaim), options.RolesClaim),
    ];
}
