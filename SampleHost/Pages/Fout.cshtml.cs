using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleHost.Pages;

/// <summary>The page for errors and for status codes without a body, such as 404.</summary>
[AllowAnonymous]
internal sealed class FoutModel : PageModel
{
    public int Status { get; private set; }

    public void OnGet(int? status) => Status = status ?? StatusCodes.Status500InternalServerError;

    public void OnPost(int? status) => OnGet(status);
}
