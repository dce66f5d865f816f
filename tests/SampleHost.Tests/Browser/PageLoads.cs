using Microsoft.Playwright;

namespace SampleHost.Tests.Browser;

/// <summary>
/// Clicks that load a new page, and the wait for that page.
/// </summary>
/// <remarks>
/// A click that submits a form or follows a link returns once the navigation has started. A
/// <see cref="IPage.WaitForLoadStateAsync"/> after it once missed the new document's event in CI and waited out its
/// 15 seconds, although the host had responded and the browser had loaded the page. Waiting for an element of the new
/// document does not depend on that event: the old document gets a mark before the click, and the wait ends when a
/// document without the mark has the layout's footer, its last element.
/// </remarks>
internal static class PageLoads
{
    private const string NewPageFooter = "html:not([data-left]) footer.page-footer";

    /// <summary>Clicks <paramref name="target"/> and waits until the page that the click loads has been read to its footer.</summary>
    public static async Task ClickAndWaitForPageAsync(this ILocator target, IPage page)
    {
        await page.EvaluateAsync("() => { document.documentElement.dataset.left = 'true'; }");

        await target.ClickAsync();

        await page.Locator(NewPageFooter).WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }
}
