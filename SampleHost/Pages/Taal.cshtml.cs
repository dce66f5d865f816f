using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleHost.Pages;

/// <summary>Switches between Dutch and English and returns to the page the user came from.</summary>
[AllowAnonymous]
internal sealed class TaalModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? taal, string? terug)
    {
        var culture = taal == "en" ? Texts.English : Texts.Dutch;
        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

        return LocalRedirect(Url.IsLocalUrl(terug) ? terug : "/");
    }
}
