using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Demo;
using SampleHost.Tenancy;

namespace SampleHost.Pages;

/// <summary>
/// The Development login: pick a demo user, no password. Outside Development the page returns 404, because
/// staff then log in through the gemeente's identity provider.
/// </summary>
[AllowAnonymous]
internal sealed class InloggenModel(IHostEnvironment environment) : PageModel
{
    public IActionResult OnGet() => environment.IsDevelopment() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? userId, string? returnUrl)
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        if (DemoDirectory.FindUser(userId) is not { } user)
        {
            return BadRequest();
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(HostClaimTypes.UserId, user.UserId),
                new Claim(HostClaimTypes.Name, user.DisplayName),
                new Claim(HostClaimTypes.Gemeente, user.Gemeente.Code.Value),
                new Claim(HostClaimTypes.Role, user.Role),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme,
            HostClaimTypes.Name,
            HostClaimTypes.Role);

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
