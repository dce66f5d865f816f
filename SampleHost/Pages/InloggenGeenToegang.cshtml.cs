using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleHost.Pages;

/// <summary>
/// Shown after the identity provider signed a user in whom the host grants no access: no served gemeente or no
/// mapped role. No session is started.
/// </summary>
[AllowAnonymous]
internal sealed class InloggenGeenToegangModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
