namespace SampleHost.Security.Authentication;

/// <summary>
/// The <c>Authentication:OpenIdConnect</c> settings: the gemeente's identity provider, this host's client there,
/// the claims that carry the user's id, name, gemeente and roles, and how the provider's role values map to
/// <see cref="Host.Abstractions.HostRoles"/>.
/// </summary>
internal sealed class OpenIdConnectSignInOptions
{
    public const string Section = "Authentication:OpenIdConnect";

    /// <summary>The provider's issuer URL; the host reads <c>.well-known/openid-configuration</c> below it.</summary>
    public string Authority { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    /// <summary>The client secret, sent to the token endpoint; keep it in a secret store, not in appsettings.json.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The scopes to request; <c>openid</c> is always added. Empty means <c>openid profile</c>.</summary>
    public IList<string> Scopes { get; } = [];

    /// <summary>Whether the provider's metadata must be fetched over HTTPS. Defaults to <see langword="true"/>; only a local test provider may turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The id_token claim with the user's stable id at the provider. Defaults to <c>sub</c>.</summary>
    public string UserIdClaim { get; set; } = "sub";

    /// <summary>The id_token claim with the user's display name. Defaults to <c>name</c>.</summary>
    public string NameClaim { get; set; } = "name";

    /// <summary>The id_token claim with the CBS gemeentecode the user works for. Defaults to <c>gemeente</c>.</summary>
    public string GemeenteClaim { get; set; } = "gemeente";

    /// <summary>The id_token claim with the user's roles at the provider, one claim per role. Defaults to <c>roles</c>.</summary>
    public string RolesClaim { get; set; } = "roles";

    /// <summary>
    /// The id_token claim with the KvK number of the organisation the user acts for, as an eHerkenning broker
    /// sends it; <see langword="null"/> (the default) when the provider signs in the gemeente's own staff only. A user
    /// with the role <c>aanbieder</c> needs it.
    /// </summary>
    public string? KvkNumberClaim { get; set; }

    /// <summary>
    /// The id_token claim with the 12-digit vestigingsnummer of the branch the user acts for, or <see langword="null"/>
    /// (the default) when the organisation is known by its KvK number only. The claim may be absent for a user.
    /// </summary>
    public string? VestigingsnummerClaim { get; set; }

    /// <summary>
    /// The provider's role values and the host role each one grants, for example
    /// <c>"Inburgering-Consulent": "consulent-inburgering"</c>. A provider role that is not listed grants nothing.
    /// </summary>
    public IDictionary<string, string> RoleMapping { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
