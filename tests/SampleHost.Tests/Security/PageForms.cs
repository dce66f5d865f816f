using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace SampleHost.Tests.Security;

/// <summary>One HTML form as a page rendered it.</summary>
/// <param name="Page">The URL of the page.</param>
/// <param name="UserId">The demo user who opened the page.</param>
/// <param name="Method">The form's method in lower case; <c>get</c> when the form sets none, as in a browser.</param>
/// <param name="Html">The form element, from <c>&lt;form</c> to <c>&lt;/form&gt;</c>.</param>
internal sealed record PageForm(string Page, string UserId, string Method, string Html);

/// <summary>
/// Opens every page of the host (each page route and each plugin screen, with and without a demo client) as each
/// demo user of gemeente 0599, and returns the forms the pages rendered.
/// </summary>
internal static partial class PageForms
{
    public static async Task<IReadOnlyList<PageForm>> CollectAsync(PluginTestHost host, HostRoutes routes)
    {
        var urls = await PageUrlsAsync(host, routes);
        var forms = new List<PageForm>();
        foreach (var role in HostRoles.All)
        {
            var userId = DemoUsers.IdFor(role);
            using var session = await host.LogInAsync(userId);
            foreach (var url in urls)
            {
                var (status, html) = await session.GetPageAsync(url);
                if (status != HttpStatusCode.OK)
                {
                    continue;
                }

                forms.AddRange(FormElement().Matches(html).Select(form => new PageForm(url, userId, MethodOf(form.Value), form.Value)));
            }
        }

        return forms;
    }

    /// <summary>Returns the names and ids of the inputs, selects and text areas of <paramref name="form"/>.</summary>
    public static IEnumerable<string> FieldNames(PageForm form) =>
        FieldAttribute().Matches(form.Html).Select(m => m.Groups[1].Value);

    private static async Task<List<string>> PageUrlsAsync(PluginTestHost host, HostRoutes routes)
    {
        var urls = routes.Endpoints.Where(HostRoutes.IsPage).Select(routes.Url).ToList();

        await using var scope = host.CreateScopeAs(DemoUsers.IdFor(HostRoles.ConsulentInburgering));
        foreach (var screen in scope.ServiceProvider.GetServices<IScreen>())
        {
            urls.Add($"/schermen/{screen.Definition.Id}");
            urls.Add($"/schermen/{screen.Definition.Id}/{routes.ClientId}");
        }

        return [.. urls.Distinct(StringComparer.Ordinal)];
    }

    private static string MethodOf(string form)
    {
        var method = FormMethod().Match(form);
        return method.Success ? method.Groups[1].Value.ToLowerInvariant() : "get";
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormElement();

    [GeneratedRegex("^<form\\b[^>]*\\bmethod=\"([a-zA-Z]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormMethod();

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*\\b(?:name|id)=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldAttribute();
}
