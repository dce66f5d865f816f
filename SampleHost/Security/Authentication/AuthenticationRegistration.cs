using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using SampleHost.Security.ApiClients;
using SampleHost.Tenancy;

namespace SampleHost.Security.Authentication;

/// <summary>
/// Registers how users and systems prove who they are: the login cookie, OpenID Connect for staff, and API keys on
/// <c>/api</c>.
/// </summary>
internal static class AuthenticationRegistration
{
    /// <summary>
    /// Registers the schemes. Outside Development, staff sign in with OpenID Connect, and start-up fails when
    /// <c>Authentication:OpenIdConnect</c> is missing or invalid. In Development OpenID Connect is used only when its
    /// <c>Authority</c> is set, and otherwise the demo login.
    /// </summary>
    public static void AddHostAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var useOpenIdConnect = !environment.IsDevelopment()
            || !string.IsNullOrWhiteSpace(configuration[$"{OpenIdConnectSignInOptions.Section}:{nameof(OpenIdConnectSignInOptions.Authority)}"]);

        var authentication = services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = HostAuthenticationSchemes.Select;
                options.DefaultChallengeScheme = HostAuthenticationSchemes.Challenge;
            })
            .AddPolicyScheme(HostAuthenticationSchemes.Select, null, options => options.ForwardDefaultSelector = context =>
                HostAuthenticationSchemes.IsApi(context.Request) && ApiClientCredential.IsPresent(context.Request)
                    ? HostAuthenticationSchemes.ApiClient
                    : HostAuthenticationSchemes.Cookie)
            .AddPolicyScheme(HostAuthenticationSchemes.Challenge, null, options => options.ForwardDefaultSelector = context =>
                HostAuthenticationSchemes.IsApi(context.Request) ? HostAuthenticationSchemes.ApiClient
                : useOpenIdConnect ? HostAuthenticationSchemes.OpenIdConnect
                : HostAuthenticationSchemes.Cookie)
            .AddCookie(HostAuthenticationSchemes.Cookie, options =>
            {
                options.LoginPath = "/inloggen";
                options.AccessDeniedPath = "/geen-toegang";
                options.Cookie.Name = "samplehost.auth";
                options.Cookie.HttpOnly = true;

                // Lax, not Strict: after the identity provider redirects back, the host redirects once more to the
                // page the user asked for, and browsers treat that chain as cross-site, so a Strict cookie would be
                // missing there. Lax still keeps the cookie off cross-site POSTs, and every form has an anti-forgery token.
                options.Cookie.SameSite = SameSiteMode.Lax;
            })
            .AddScheme<ApiClientAuthenticationOptions, ApiClientAuthenticationHandler>(HostAuthenticationSchemes.ApiClient, null);

        if (useOpenIdConnect)
        {
            AddOpenIdConnect(services, configuration);
            authentication.AddOpenIdConnect(HostAuthenticationSchemes.OpenIdConnect, null, _ => { });
        }
    }

    private static void AddOpenIdConnect(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OpenIdConnectSignInOptions>()
            .Bind(configuration.GetSection(OpenIdConnectSignInOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenIdConnectSignInOptions>, OpenIdConnectSignInOptionsValidator>();
        services.AddSingleton<OpenIdConnectClaimsMapper>();
        services.AddScoped<OpenIdConnectSignInEvents>();

        services.AddOptions<OpenIdConnectOptions>(HostAuthenticationSchemes.OpenIdConnect)
            .Configure<IOptions<OpenIdConnectSignInOptions>>((oidc, signIn) => Apply(oidc, signIn.Value));
    }

    private static void Apply(OpenIdConnectOptions oidc, OpenIdConnectSignInOptions settings)
    {
        oidc.SignInScheme = HostAuthenticationSchemes.Cookie;
        oidc.Authority = settings.Authority;
        oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        oidc.ClientId = settings.ClientId;
        oidc.ClientSecret = settings.ClientSecret;

        // The authorization code flow with PKCE; the code comes back in the query string of a top-level GET, so the
        // correlation and nonce cookies can be SameSite=Lax in place of the None that a form_post response needs.
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.UsePkce = true;
        oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
        oidc.NonceCookie.SameSite = SameSiteMode.Lax;
        oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        foreach (var scope in settings.Scopes.Count > 0 ? settings.Scopes : ["profile"])
        {
            if (!oidc.Scope.Contains(scope))
            {
                oidc.Scope.Add(scope);
            }
        }

        // Keep the provider's claim names as they are in the id_token, so the configured claim names match.
        oidc.MapInboundClaims = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        oidc.TokenValidationParameters.NameClaimType = HostClaimTypes.Name;
        oidc.TokenValidationParameters.RoleClaimType = HostClaimTypes.Role;

        // The id_token is kept in the login cookie as the id_token_hint for signing out at the provider.
        oidc.SaveTokens = true;
        oidc.SignedOutRedirectUri = "/inloggen/uitgelogd";
        oidc.EventsType = typeof(OpenIdConnectSignInEvents);
    }
}
