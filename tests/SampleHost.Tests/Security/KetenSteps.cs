using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SampleHost.Tests.Security;

/// <summary>
/// What users do in the chain of a move, through the JSON action API and the BRP stand-in page. The security tests
/// use these steps to make records of every kind to probe: a verhuizing, a warme overdracht, an overdracht file, a
/// DUO registration and a subscription.
/// </summary>
internal static partial class KetenSteps
{
    /// <summary>The BSN of Suzanne Moulin in the RvIG test set, the person of the demo walk-through of a move.</summary>
    public const string VerhuisdeBsn = "999993653";

    /// <summary>Records on the BRP stand-in page that <see cref="VerhuisdeBsn"/> moved to <paramref name="gemeente"/>.</summary>
    public static async Task RecordMoveAsync(HostSession session, string gemeente)
    {
        var form = new Dictionary<string, string>
        {
            ["Bsn"] = VerhuisdeBsn,
            ["Gemeente"] = gemeente,
            ["AndereGemeente"] = string.Empty,
            ["Straat"] = "Spui",
            ["Huisnummer"] = "70",
            ["Postcode"] = "2511 BT",
            ["Woonplaats"] = "'s-Gravenhage",
        };

        using var response = await session.PostFormAsync("/beheer/brp-stand-in", form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the stand-in records the move");
    }

    /// <summary>Returns the dossier ids that the dossier list of the session's gemeente links to.</summary>
    public static async Task<List<string>> DossierIdsAsync(HostSession session) =>
        await LinkedIdsAsync(session, "/api/screens/inburgering.dossiers", "inburgering.dossier");

    /// <summary>Returns the record ids of <paramref name="screenId"/> that the JSON screen at <paramref name="apiUrl"/> links to.</summary>
    public static async Task<List<string>> LinkedIdsAsync(HostSession session, string apiUrl, string screenId)
    {
        var (status, json) = await session.GetPageAsync(apiUrl);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"GET {apiUrl}");

        var prefix = $"\"href\":\"/schermen/{screenId}/";
        return [.. RecordLink().Matches(json).Where(m => m.Value.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Groups["id"].Value).Distinct()];
    }

    /// <summary>Returns the version that the JSON screen <paramref name="screenId"/> of <paramref name="recordId"/> shows.</summary>
    public static async Task<string?> VersionAsync(HostSession session, string screenId, string recordId)
    {
        var (status, json) = await session.GetPageAsync($"/api/screens/{screenId}/{recordId}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), $"GET /api/screens/{screenId}/{recordId}");

        using var screen = JsonDocument.Parse(json);
        return screen.RootElement.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String ? version.GetString() : null;
    }

    /// <summary>
    /// Posts <paramref name="actionId"/> to the JSON action API and returns the status and the record id of the screen
    /// the action leads to, or <see langword="null"/> when it leads nowhere.
    /// </summary>
    public static async Task<(HttpStatusCode Status, string? RecordId, string Body)> ExecuteAsync(
        HostSession session,
        string actionId,
        string? recordId,
        Dictionary<string, string?> values,
        string? expectedVersion = null)
    {
        using var response = await session.Client.PostAsJsonAsync($"/api/actions/{actionId}", new { recordId, values, expectedVersion });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return (response.StatusCode, null, body);
        }

        using var result = JsonDocument.Parse(body);
        var target = result.RootElement.TryGetProperty("navigateTo", out var navigateTo) && navigateTo.ValueKind == JsonValueKind.Object
            ? navigateTo.GetProperty("apiHref").GetString()?.Split('/')[^1]
            : null;
        return (response.StatusCode, target, body);
    }

    /// <summary>
    /// Records a MAP result that is not met on the first dossier of <paramref name="dossierIds"/> whose leerroute has a
    /// MAP, which puts an item on the worklist of DUO registrations, and returns that dossier's id.
    /// </summary>
    public static async Task<string> RecordMapResultAsync(HostSession session, IEnumerable<string> dossierIds, DateOnly eindgesprek)
    {
        var rejections = new List<string>();
        foreach (var dossierId in dossierIds)
        {
            var version = await VersionAsync(session, "inburgering.voortgang", dossierId);
            var (status, _, _) = await ExecuteAsync(session, "inburgering.map-vastleggen", dossierId, new()
            {
                ["mapDatumEindgesprek"] = eindgesprek.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["mapResultaat"] = "NietVoldaan",
                ["mapRedenNietSuccesvolVoltooid"] = "Het eindgesprek is niet gevoerd.",
                ["mapVerwijtbaar"] = "Nee",
            }, version);
            if (status == HttpStatusCode.OK)
            {
                return dossierId;
            }

            rejections.Add($"{dossierId}: {(int)status}");
        }

        Assert.Fail($"No demo dossier took a MAP result: {string.Join(", ", rejections)}");
        return string.Empty;
    }

    /// <summary>Prepares a warme overdracht of <paramref name="dossierId"/> to <paramref name="ontvanger"/> and returns its id.</summary>
    public static async Task<string> PrepareOverdrachtAsync(HostSession session, string dossierId, string ontvanger, DateOnly verhuisdatum)
    {
        var version = await VersionAsync(session, "inburgering.dossier", dossierId);
        var (status, overdrachtId, body) = await ExecuteAsync(session, "inburgering.overdracht-voorbereiden", dossierId, new()
        {
            ["ontvangerGemeente"] = ontvanger,
            ["verhuisdatum"] = verhuisdatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["gezondheidMeesturen"] = "false",
        }, version);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return overdrachtId!;
    }

    /// <summary>
    /// Prepares a warme overdracht to <paramref name="ontvanger"/> of the first dossier of <paramref name="dossierIds"/>
    /// that can be handed over, and returns the overdracht's id and the dossier's id.
    /// </summary>
    public static async Task<(string OverdrachtId, string DossierId)> PrepareFirstOverdrachtAsync(
        HostSession session,
        IEnumerable<string> dossierIds,
        string ontvanger,
        DateOnly verhuisdatum)
    {
        var rejections = new List<string>();
        foreach (var dossierId in dossierIds)
        {
            var version = await VersionAsync(session, "inburgering.dossier", dossierId);
            var (status, overdrachtId, _) = await ExecuteAsync(session, "inburgering.overdracht-voorbereiden", dossierId, new()
            {
                ["ontvangerGemeente"] = ontvanger,
                ["verhuisdatum"] = verhuisdatum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["gezondheidMeesturen"] = "false",
            }, version);
            if (status == HttpStatusCode.OK)
            {
                return (overdrachtId!, dossierId);
            }

            rejections.Add($"{dossierId}: {(int)status}");
        }

        Assert.Fail($"No demo dossier could be handed over: {string.Join(", ", rejections)}");
        return (string.Empty, string.Empty);
    }

    /// <summary>Sends the prepared overdracht <paramref name="overdrachtId"/> to the receiving gemeente.</summary>
    public static async Task SendOverdrachtAsync(HostSession session, string overdrachtId)
    {
        var version = await VersionAsync(session, "inburgering.overdracht", overdrachtId);
        var (status, _, body) = await ExecuteAsync(session, "inburgering.overdracht-verzenden", overdrachtId, [], version);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
    }

    /// <summary>Exports <paramref name="dossierId"/> to a signed file for <paramref name="ontvanger"/> and returns the file's id.</summary>
    public static async Task<string> ExportOverdrachtAsync(HostSession session, string dossierId, string ontvanger)
    {
        var (status, _, body) = await ExecuteAsync(session, "inburgering.overdracht-exporteren", dossierId, new() { ["ontvangendeGemeente"] = ontvanger });
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);

        var (_, json) = await session.GetPageAsync($"/api/screens/inburgering.overdracht-bestand/{dossierId}");
        var bestand = BestandLink().Match(json);
        Assert.That(bestand.Success, Is.True, "the file screen links to the new file");
        return bestand.Groups["id"].Value;
    }

    /// <summary>Adds a subscription to every kind of notification, delivered to <paramref name="url"/>, and returns its id.</summary>
    public static async Task<string> AddAbonnementAsync(HostSession beheerder, string url)
    {
        var (status, abonnementId, body) = await ExecuteAsync(beheerder, "inburgering.abonnement-toevoegen", null, new()
        {
            ["naam"] = "Zaaksysteem test",
            ["url"] = url,
        });

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body);
        return abonnementId!;
    }

    [GeneratedRegex("\"href\":\"/schermen/[^\"/]+/(?<id>[^\"/]+)\"")]
    private static partial Regex RecordLink();

    [GeneratedRegex("/downloads/inburgering\\.overdracht-bestand/(?<id>[0-9a-f-]{36})")]
    private static partial Regex BestandLink();
}
