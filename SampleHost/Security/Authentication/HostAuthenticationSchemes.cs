using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace SampleHost.Security.Authentication;

/// <summary>The names of SampleHost's authentication schemes.</summary>
internal static class HostAuthenticationSchemes
{
    /// <summary>The login cookie of browser users, whether they signed in with the identity provider or the demo login.</summary>
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>Staff sign-in at the gemeente's identity provider.</summary>
    public const string OpenIdConnect = OpenIdConnectDefaults.AuthenticationScheme;

    /// <summary>An API client's key in the <c>Authorization</c> or <c>X-Api-Key</c> header, on <c>/api</c> only.</summary>
    public const string ApiClient = "ApiClient";

    /// <summary>The default scheme: picks the API key scheme or the cookie for each request.</summary>
    public const string Select = "Host";

    /// <summary>The default challenge: 401 on <c>/api</c>, otherwise the identity provider or, without one, the demo login.</summary>
    public const string Challenge = "HostChallenge";

    /// <summary>Returns whether <paramref name="request"/> is for the JSON API under <c>/api</c>.</summary>
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
