using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleHost.Pages;

/// <summary>
/// The page for errors and for status codes without a body, such as 404. The host re-executes it with the method of
/// the failed request, so it takes a POST without an anti-forgery token: it only shows the status.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
internal sealed class FoutModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? status) => Status = status ?? StatusCodes.Status500InternalServerError;

    public void OnPost(int? status) => OnGet(status);
}
