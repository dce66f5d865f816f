using System.Net.Http.Json;
using System.Text.Json;
using Host.Abstractions;
using Host.Abstractions.Testing;

namespace Inburgering.Plugin.Tests.Conformance;

/// <summary>
/// The inburgering plugin, as SampleHost's build publishes it into <c>SampleHost/plugins/inburgering</c>, against
/// the checks every plugin has to pass.
/// </summary>
public sealed class InburgeringConformanceTests : PluginConformanceTests
{
    /// <summary>The aanbieder's page screens, each with the aanbieder's own list that links to it.</summary>
    private static readonly Dictionary<string, string> s_portaalLijsten = new(StringComparer.Ordinal)
    {
        ["inburgering.cursist"] = "inburgering.mijn-cursisten",
        ["inburgering.mijn-levering"] = "inburgering.mijn-leveringen",
    };

    private const string OverdrachtBestandScreenId = "inburgering.overdracht-bestand";

    protected override string PublishedPluginFolder { get; } =
        Path.Combine(PublishedPluginFolders.FindFolderAbove("Inburgering.sln"), "SampleHost", "plugins", "inburgering");

    /// <summary>
    /// Returns a record for the portal's page screens from the demo aanbieder's own lists. Only those lists link to
    /// them, and they are empty for the kit's search user, who acts for no organisation. For the handover file screen
    /// it makes a file first, because such a file lives one hour and so is not part of the demo data.
    /// </summary>
    protected override async Task<string?> FindRecordIdAsync(ScreenDefinition screen, PluginTestHost host)
    {
        ArgumentNullException.ThrowIfNull(screen);

        if (screen.Id == OverdrachtBestandScreenId)
        {
            return await ExporteerOverdrachtBestandAsync(host);
        }

        if (!s_portaalLijsten.TryGetValue(screen.Id, out var lijst))
        {
            return null;
        }

        using var session = await HostSession.LogInAsync(host, $"demo-{DemoUsers.Rotterdam}-{HostRoles.Aanbieder}");
        using var document = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/screens/{lijst}"));

        return FirstLinkedRecord(document.RootElement, screen.Id);
    }

    /// <summary>
    /// Runs the export action over HTTP as the demo consulent for the first dossier of the demo list, as a user does
    /// from the dossier, and returns the record id of the screen the action leads to: the dossier id.
    /// </summary>
    private static async Task<string?> ExporteerOverdrachtBestandAsync(PluginTestHost host)
    {
        using var session = await HostSession.LogInAsync(host, $"demo-{DemoUsers.Rotterdam}-{HostRoles.ConsulentInburgering}");
        using var lijst = JsonDocument.Parse(await session.Client.GetStringAsync("/api/screens/inburgering.dossiers"));
        var dossierId = FirstLinkedRecord(lijst.RootElement, "inburgering.dossier");
        if (dossierId is null)
        {
            return null;
        }

        using var response = await session.Client.PostAsJsonAsync("/api/actions/inburgering.overdracht-exporteren", new
        {
            recordId = dossierId,
            values = new Dictionary<string, string?> { ["ontvangendeGemeente"] = DemoUsers.DenHaag },
        });
        response.EnsureSuccessStatusCode();
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var navigateTo = result.RootElement.GetProperty("navigateTo");

        return navigateTo.GetProperty("screenId").GetString() == OverdrachtBestandScreenId
            ? navigateTo.GetProperty("recordId").GetString()
            : throw new InvalidOperationException($"The export action led to {navigateTo} instead of the handover file screen.");
    }

    private static string? FirstLinkedRecord(JsonElement element, string screenId) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("link", out var link)
            && link.ValueKind == JsonValueKind.Object
            && link.TryGetProperty("screenId", out var linkedScreen) && linkedScreen.GetString() == screenId
            && link.TryGetProperty("recordId", out var recordId) => recordId.GetString(),
        JsonValueKind.Object => element.EnumerateObject().Select(p => FirstLinkedRecord(p.Value, screenId)).FirstOrDefault(id => id is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(e => FirstLinkedRecord(e, screenId)).FirstOrDefault(id => id is not null),
        _ => null,
    };
}
