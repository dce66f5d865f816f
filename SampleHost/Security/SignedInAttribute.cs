using Microsoft.AspNetCore.Authorization;

namespace SampleHost.Security;

/// <summary>
/// Lets every signed-in user reach a page or an endpoint, whatever the role: the start page, the language switch
/// and the like, which show no personal data of their own. It is the page's place in the authorisation matrix.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
internal sealed class SignedInAttribute : AuthorizeAttribute;
