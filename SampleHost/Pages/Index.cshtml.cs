using Host.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SampleHost.Plugins;
using SampleHost.Screens;
using SampleHost.Security;

namespace SampleHost.Pages;

/// <summary>The start page after login, with the dashboard blocks of the plugins the user may see.</summary>
[SignedIn]
internal sealed class IndexModel(ScreenCatalog catalog, PluginInvoker invoker, ITenantContext tenant) : PageModel
{
    public IReadOnlyList<ScreenView> Dashboard { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var blocks = new List<ScreenView>();
        foreach (var screen in catalog.InSlot(HostSlots.Dashboard))
        {
            var load = await invoker.InvokeContributionAsync(
                screen,
                tenant.Current,
                $"dashboard {screen.Definition.Id}",
                token => screen.LoadAsync(new ScreenRequest(null), token),
                cancellationToken);

            if (load.Outcome == PluginCallOutcome.Failed)
            {
                blocks.Add(new ScreenView(screen, PluginPlaceholder.Content, null, []));
            }
            else if (load.Value is { } content)
            {
                blocks.Add(new ScreenView(screen, content with { Actions = [] }, null, []));
            }
        }

        Dashboard = blocks;
    }
}
