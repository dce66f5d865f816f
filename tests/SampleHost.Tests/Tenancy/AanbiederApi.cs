using System.Net.Http.Json;
using System.Text.Json;

namespace SampleHost.Tests.Tenancy;

/// <summary>
/// Calls the aanbieders API under <c>/api/v1</c> as an aanbieder does, with a login cookie or an API key on the
/// client, to read its aanmeldingen and to deliver rows.
/// </summary>
internal static class AanbiederApi
{
    /// <summary>A valid BSN (11-check) that no demo gemeente refers to any aanbieder.</summary>
    public const string NietAangemeldeBsn = "111222333";

    /// <summary>Returns the aanmeldingen of the client's aanbieder, from the first page of <c>GET /api/v1/aanmeldingen</c>.</summary>
    public static async Task<IReadOnlyList<AanmeldingInfo>> AanmeldingenAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);

        using var response = await client.GetAsync(new Uri("/api/v1/aanmeldingen", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET /api/v1/aanmeldingen gave {(int)response.StatusCode}: {body}");

        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("aanmeldingen").EnumerateArray().Select(a => new AanmeldingInfo(
            a.GetProperty("id").GetString()!,
            a.GetProperty("bsn").GetString(),
            a.GetProperty("onderdeel").GetString()!))];
    }

    /// <summary>
    /// Returns an aanmelding of the client's aanbieder that <see cref="LeverAsync"/> can deliver for: a TAAL referral
    /// with a BSN, because the demo deliveries cover only KNM referrals and a delivered period must not overlap them.
    /// </summary>
    public static async Task<AanmeldingInfo> VrijeAanmeldingAsync(HttpClient client) =>
        (await AanmeldingenAsync(client)).First(a => a.Bsn is not null && a.Onderdeel == "TAAL");

    /// <summary>
    /// Delivers, in the mode that imports the valid rows, one row for <paramref name="aanmelding"/> and one row for a
    /// BSN that is not referred, and returns the delivery's id. The rejected row puts a BSN in the delivery's report.
    /// The API takes the aanbieder from the caller, so the rows carry no KvK number.
    /// </summary>
    public static async Task<string> LeverAsync(HttpClient client, AanmeldingInfo aanmelding)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(aanmelding);

        var referentie = $"probe-{Guid.NewGuid():N}";
        var regels = new[] { aanmelding.Bsn, NietAangemeldeBsn }.Select(bsn => new Dictionary<string, string?>
        {
            ["bsn"] = bsn,
            ["onderdeel"] = aanmelding.Onderdeel,
            ["periodeVan"] = "2026-10-05",
            ["periodeTot"] = "2026-10-11",
            ["urenAangeboden"] = "6",
            ["urenGevolgdFysiek"] = "4",
            ["urenGevolgdOnline"] = "1",
            ["urenGeoorloofdVerzuim"] = "0.5",
            ["urenOngeoorloofdVerzuim"] = "0.5",
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/leveringen", UriKind.Relative))
        {
            Content = JsonContent.Create(new { leveringId = referentie, modus = "geldige-regels", regels }),
        };
        request.Headers.Add("Idempotency-Key", referentie);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"POST /api/v1/leveringen gave {(int)response.StatusCode}: {body}");

        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Returns a client of <paramref name="server"/> that sends <paramref name="key"/> as its API key.</summary>
    public static HttpClient WithKey(PluginTestHost server, string key)
    {
        ArgumentNullException.ThrowIfNull(server);

        var client = server.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}

/// <summary>One aanmelding as the aanbieders API returns it.</summary>
/// <param name="Id">The aanmelding's id.</param>
/// <param name="Bsn">The student's BSN, or <see langword="null"/> for a student known only by V-nummer.</param>
/// <param name="Onderdeel">The course part, such as <c>TAAL</c>.</param>
internal sealed record AanmeldingInfo(string Id, string? Bsn, string Onderdeel);
