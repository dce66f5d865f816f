using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NUnit.Framework;
using SampleHost.Persistence;
using SampleHost.Screens;
using SampleHost.Security;

namespace Host.Abstractions.Testing;

/// <summary>The conformance checks that render the plugin's screens over HTTP, as a user who may open them.</summary>
public abstract partial class PluginConformanceTests
{
    /// <summary>The most screen loads the search for demo records makes, so a plugin with many records stays quick.</summary>
    private const int MaxDemoScreenLoads = 500;

    /// <summary>The most host clients the search for demo records opens each client tab for.</summary>
    private const int MaxDemoClients = 100;

    private IReadOnlyDictionary<string, string>? _demoRecords;

    /// <summary>
    /// Every navigation and dashboard screen of the plugin returns 200, without an error in the host's log, to a demo
    /// user whose role has the screen's permission.
    /// </summary>
    [Test]
    public async Task RecordlessScreens_PermittedUser_RenderOverHttp()
    {
        var host = await StartedHostAsync();
        var (plugin, contributions) = await LoadContributionsAsync();
        var screens = contributions.Screens.Where(s => s.Slot is HostSlots.Navigation or HostSlots.Dashboard).ToList();
        if (screens.Count == 0)
        {
            Assert.Pass($"Plugin '{plugin.Id}' has no navigation or dashboard screens.");
        }

        var failures = new List<string>();
        var skipped = new List<string>();
        foreach (var screen in screens)
        {
            await RenderAsync(host, contributions, screen, null, failures, skipped);
        }

        Assert.That(failures, Is.Empty);
        IgnoreWhenSkipped(skipped);
    }

    /// <summary>
    /// Every page screen of the plugin returns 200 to a demo user whose role has the screen's permission, for a
    /// record that a list of the plugin links to once the demo data are seeded. A screen without such a record is
    /// skipped.
    /// </summary>
    [Test]
    public async Task PageScreens_DemoRecord_RenderOverHttp()
    {
        var host = await StartedHostAsync();
        var (plugin, contributions) = await LoadContributionsAsync();
        var screens = contributions.Screens.Where(s => s.Slot == HostSlots.Page).ToList();
        if (screens.Count == 0)
        {
            Assert.Pass($"Plugin '{plugin.Id}' has no page screens.");
        }

        var demoRecords = await FindDemoRecordsAsync(host, plugin);
        var failures = new List<string>();
        var skipped = new List<string>();
        foreach (var screen in screens)
        {
            var recordId = await FindRecordIdAsync(screen, host) ?? demoRecords.GetValueOrDefault(screen.Id);
            if (recordId is null)
            {
                skipped.Add($"{screen.Id}: no list of the plugin links to it in the demo data, so there is no record to open it with; seed one, or override FindRecordIdAsync");
                continue;
            }

            await RenderAsync(host, contributions, screen, recordId, failures, skipped);
        }

        Assert.That(failures, Is.Empty);
        IgnoreWhenSkipped(skipped);
    }

    /// <summary>
    /// Every client tab of the plugin returns 200 to a demo user whose role has the tab's permission, for a demo
    /// client the tab has content for. So does that client's page when the role may see clients. A tab without such
    /// a client is skipped.
    /// </summary>
    [Test]
    public async Task ClientTabs_DemoClient_RenderOverHttp()
    {
        var host = await StartedHostAsync();
        var (plugin, contributions) = await LoadContributionsAsync();
        var tabs = contributions.Screens.Where(s => s.Slot == HostSlots.ClientTab).ToList();
        if (tabs.Count == 0)
        {
            Assert.Pass($"Plugin '{plugin.Id}' has no client tabs.");
        }

        var demoRecords = await FindDemoRecordsAsync(host, plugin);
        var failures = new List<string>();
        var skipped = new List<string>();
        foreach (var tab in tabs)
        {
            var clientId = await FindRecordIdAsync(tab, host) ?? demoRecords.GetValueOrDefault(tab.Id);
            if (clientId is null)
            {
                skipped.Add($"{tab.Id}: it has content for none of the demo clients of gemeente {s_gemeente.Value}; seed one, or override FindRecordIdAsync");
                continue;
            }

            var user = await RenderAsync(host, contributions, tab, clientId, failures, skipped);
            if (user is { } permitted && host.Services.GetRequiredService<RolePermissions>().Grants(new HashSet<string>([permitted.Role]), HostPermissions.ClientsView))
            {
                await GetAndCheckAsync(host, permitted.UserId, $"/klanten/{Uri.EscapeDataString(clientId)}", failures);
            }
        }

        Assert.That(failures, Is.Empty);
        IgnoreWhenSkipped(skipped);
    }

    /// <summary>
    /// Renders <paramref name="screen"/> for <paramref name="recordId"/> through <see cref="GetAndCheckAsync"/>, as a
    /// demo user who may open it, and returns that user. It skips the screen and returns <see langword="null"/> when
    /// no demo role has its permission.
    /// </summary>
    private static async Task<(string UserId, string Role)?> RenderAsync(
        PluginTestHost host,
        PluginContributions contributions,
        ScreenDefinition screen,
        string? recordId,
        List<string> failures,
        List<string> skipped)
    {
        var grantedTo = contributions.DeclaredPermissions
            .Where(p => p.Name == screen.ViewPermission)
            .SelectMany(p => p.DefaultRoles)
            .ToHashSet(StringComparer.Ordinal);
        var role = HostRoles.All.FirstOrDefault(grantedTo.Contains);
        if (role is null)
        {
            skipped.Add($"{screen.Id}: no host role has its permission '{screen.ViewPermission}' by default, so no demo user may open it");
            return null;
        }

        var userId = DemoUsers.IdFor(role);
        await GetAndCheckAsync(host, userId, ScreenView.Url(new ScreenLink(screen.Id, recordId)), failures);
        return (userId, role);
    }

    /// <summary>
    /// Gets <paramref name="url"/> as <paramref name="userId"/> and adds a failure unless it returns 200 and the host
    /// logged no error meanwhile. SampleHost shows a placeholder with status 200 in place of a screen that threw, and
    /// logs the exception, so the log is where such a failure shows.
    /// </summary>
    private static async Task GetAndCheckAsync(PluginTestHost host, string userId, string url, List<string> failures)
    {
        using var session = await host.LogInAsync(userId);
        var loggedBefore = host.Logs.Count;

        var (status, _) = await session.GetPageAsync(url);

        var errors = host.Logs.Skip(loggedBefore).Where(e => e.Level >= LogLevel.Error).Select(e => e.ToString()).ToList();
        if (status != HttpStatusCode.OK || errors.Count > 0)
        {
            var logged = errors.Count == 0 ? "none" : string.Join(" | ", errors);
            failures.Add($"GET {url} as {userId} returned {(int)status}; errors the host logged meanwhile: {logged}");
        }
    }

    private static void IgnoreWhenSkipped(List<string> skipped)
    {
        if (skipped.Count > 0)
        {
            Assert.Ignore($"Not rendered: {string.Join("; ", skipped)}.");
        }
    }

    /// <summary>
    /// Returns a record id per page screen and client tab of the plugin that has content for it in the demo data.
    /// It opens the plugin's navigation screens and its client tabs for the host's clients in the first demo
    /// gemeente, then follows the links in their lists to the plugin's other screens.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string>> FindDemoRecordsAsync(PluginTestHost host, PluginEntry plugin)
    {
        if (_demoRecords is not null)
        {
            return _demoRecords;
        }

        await using var scope = CreateConformanceScope(host);
        var screens = PluginContributions.Owned<IScreen>(scope.ServiceProvider, plugin)
            .GroupBy(s => s.Definition.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var clientIds = await scope.ServiceProvider.GetRequiredService<HostDbContext>().Clients
            .AsNoTracking()
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .Take(MaxDemoClients)
            .ToListAsync();

        var pending = new Queue<ScreenLink>();
        foreach (var screen in screens.Values)
        {
            if (screen.Definition.Slot is HostSlots.Navigation or HostSlots.Dashboard)
            {
                pending.Enqueue(new ScreenLink(screen.Definition.Id, null));
            }
            else if (screen.Definition.Slot == HostSlots.ClientTab)
            {
                // The host opens a client tab with its client id in the default Guid format, as the client page does.
                clientIds.ForEach(id => pending.Enqueue(new ScreenLink(screen.Definition.Id, id.ToString())));
            }
        }

        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        var opened = new HashSet<ScreenLink>();
        while (pending.Count > 0 && opened.Count < MaxDemoScreenLoads)
        {
            var link = pending.Dequeue();
            if (!screens.TryGetValue(link.ScreenId, out var screen) || !opened.Add(link))
            {
                continue;
            }

            if (await screen.LoadAsync(new ScreenRequest(link.RecordId), CancellationToken.None) is not { } content)
            {
                continue;
            }

            if (link.RecordId is not null)
            {
                records.TryAdd(link.ScreenId, link.RecordId);
            }

            var rows = content.Sections.SelectMany(s => s.Elements).OfType<ListElement>().SelectMany(l => l.Rows);
            foreach (var next in rows.Select(r => r.Link).OfType<ScreenLink>().Where(l => l.RecordId is not null))
            {
                pending.Enqueue(next);
            }
        }

        return _demoRecords = records;
    }
}
