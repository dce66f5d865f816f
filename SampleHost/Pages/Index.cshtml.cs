using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleHost.Pages;

/// <summary>The start page after login.</summary>
internal sealed class IndexModel : PageModel
{
}
