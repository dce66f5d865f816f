using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleHost.Pages;

/// <summary>
/// Shown when an OpenID Connect sign-in failed: a token with a wrong signature, a wrong state or nonce, or an error
/// from the provider. The host has logged the cause.
/// </summary>
[AllowAnonymous]
internal sealed class InloggenMisluktModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status401Unauthorized;
}
