using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SampleHost.Pages;

/// <summary>Where the identity provider sends the user back after signing out; the page has no handler of its own.</summary>
[AllowAnonymous]
internal sealed class InloggenUitgelogdModel : PageModel;
