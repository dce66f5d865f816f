using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleHost.Pages;

/// <summary>Shown when a logged-in user opens a page their role does not allow.</summary>
[AllowAnonymous]
internal sealed class GeenToegangModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
