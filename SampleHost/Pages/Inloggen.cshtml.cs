using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SampleHost.Demo;
using SampleHost.Tenancy;

namespace SampleHost.Pages;

/// <summary>
/// The Development login: pick a demo user, no password. Outside Development the page returns 404, because
/// staff then log in through the gemeente's identity provider.
/// </summary>
[AllowAnonymous]
internal sealed class InloggenModel(IHostEnvironment environment, IOptions<DemoOptions> demoOptions) : PageModel
{
    /// <summary>Returns the organisation <paramref name="user"/> acts for, or <see langword="null"/> for staff.</summary>
    public string? OrganisationOf(DemoUser user) => demoOptions.Value.OrganisationOf(user);

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

        if (OrganisationOf(user) is { } organisation && !Organisation.IsValid(organisation))
        {
            throw new InvalidOperationException($"Demo:AanbiederOrganisation gives '{organisation}' for {user.UserId}; use an 8-digit KvK number with {{gemeente}}, such as 90{{gemeente}}01.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(HostClaimTypes.UserId, user.UserId),
                new Claim(HostClaimTypes.Name, user.DisplayName),
                new Claim(HostClaimTypes.Gemeente, user.Gemeente.Code.Value),
                new Claim(HostClaimTypes.Role, user.Role),
                .. OrganisationOf(user) is { } organisationClaim ? [new Claim(HostClaimTypes.Organisation, organisationClaim)] : Array.Empty<Claim>(),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme,
            HostClaimTypes.Name,
            HostClaimTypes.Role);

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
