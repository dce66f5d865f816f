using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Security.Authentication;

namespace SampleHost.Pages;

/// <summary>
/// Ends the session. A user who signed in with OpenID Connect is also signed out at the identity provider, which
/// sends them back to <c>/inloggen/uitgelogd</c>; a demo user returns to the login page.
/// </summary>
[AllowAnonymous]
internal sealed class UitloggenModel(IAuthenticationSchemeProvider schemes) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var signedInWithProvider = User.Identity?.AuthenticationType == HostAuthenticationSchemes.OpenIdConnect;
        await HttpContext.SignOutAsync(HostAuthenticationSchemes.Cookie);

        if (signedInWithProvider && await schemes.GetSchemeAsync(HostAuthenticationSchemes.OpenIdConnect) is not null)
        {
            return SignOut(new AuthenticationProperties { RedirectUri = "/inloggen/uitgelogd" }, HostAuthenticationSchemes.OpenIdConnect);
        }

        return Redirect("/inloggen");
    }
}
