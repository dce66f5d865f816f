using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Persistence;
using SampleHost.Security.ApiClients;
using SampleHost.Tests.Hosting;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// SampleHost with the published inburgering plugin and the demo data, so the demo aanbieder (KvK 90059901 in
/// gemeente 0599) has referred students to deliver for, by file, portal and API. It runs on the given engine, on
/// a database of its own.
/// </summary>
internal sealed class AanleveringServer(DatabaseProvider provider) : PluginTestHost(new PluginTestHostOptions
{
    Provider = provider,
    PluginsPath = RepositoryPaths.PublishedPlugins,
    SeedDemoData = true,
    StartTime = TimeProvider.System.GetUtcNow(),
    ClockAutoAdvance = TimeSpan.FromMilliseconds(1),
})
{
    public const string Gemeente = DemoUsers.Rotterdam;

    public const string AanbiederKvk = "90059901";

    public const string ConsulentId = "demo-0599-consulent-inburgering";

    public const string AanbiederId = "demo-0599-aanbieder";

    /// <summary>Returns today's date in the Netherlands by the host's clock.</summary>
    public DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    /// <summary>
    /// Returns the period every channel delivers in these tests: the four weeks up to today, or from the referral's
    /// start when that is later, because a delivered period may not be longer than a year and these tests deliver no days
    /// before the referral.
    /// </summary>
    public (string Van, string Tot) Periode(string startdatum)
    {
        var tot = Today();
        var van = tot.AddDays(-27);
        var start = DateOnly.ParseExact(startdatum, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return (Iso(start > van ? start : van), Iso(tot));
    }

    /// <summary>Returns the hours in column <paramref name="key"/> of a row of <see cref="ReadAanwezigheidAsync"/>.</summary>
    public static decimal Uren(IReadOnlyDictionary<string, string> row, string key) => decimal.Parse(row[key], CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Stores an API client with the role aanbieder for <see cref="AanbiederKvk"/> and returns its key.</summary>
    public async Task<string> CreateAanbiederApiKeyAsync()
    {
        var credential = ApiClientCredential.Create();
        await using var scope = CreateScopeAs(DemoUsers.IdFor(HostRoles.FunctioneelBeheerder, Gemeente));
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        db.ApiClients.Add(new ApiClientRecord
        {
            Id = Guid.NewGuid(),
            Gemeente = Gemeente,
            Name = "Leerlingsysteem Taalschool De Brug",
            Role = HostRoles.Aanbieder,
            Organisation = AanbiederKvk,
            KeyId = credential.KeyId,
            SecretHash = ApiClientCredential.Hash(credential.Secret),
            CreatedAt = Clock.GetUtcNow(),
            CreatedBy = "test",
        });
        await db.SaveChangesAsync();
        return credential.ToString();
    }

    /// <summary>Returns a client without cookies that sends <paramref name="apiKey"/> in the <c>X-Api-Key</c> header.</summary>
    public HttpClient CreateApiClient(string apiKey)
    {
        var client = CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>Finds the dossier of <paramref name="bsn"/> through the search action of the screen API and returns its id.</summary>
    public static async Task<string> FindDossierIdAsync(HostSession consulent, string bsn)
    {
        using var response = await consulent.Client.PostAsJsonAsync("/api/actions/inburgering.zoek", new { values = new Dictionary<string, string?> { ["bsn"] = bsn } });
        using var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.That(result.RootElement.GetProperty("succeeded").GetBoolean(), Is.True, $"the dossier search succeeds: {result.RootElement}");
        return result.RootElement.GetProperty("navigateTo").GetProperty("recordId").GetString()!;
    }

    /// <summary>
    /// Reads the TAAL rows of "Aanwezigheid volgens aanbieders" on the dossier's voortgang screen as the consulent reads them,
    /// as raw values by column key.
    /// </summary>
    public static async Task<IReadOnlyList<Dictionary<string, string>>> ReadAanwezigheidAsync(HostSession consulent, string dossierId)
    {
        using var response = await consulent.Client.GetAsync(new Uri($"/api/screens/inburgering.voortgang/{dossierId}", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), json);
        using var screen = JsonDocument.Parse(json);

        var list = screen.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("elements").EnumerateArray())
            .Single(e => e.GetProperty("type").GetString() == "list"
                && e.GetProperty("columns").EnumerateArray().Any(f => f.GetProperty("key").GetString() == "aanwezigheidAangeboden"));
        var keys = list.GetProperty("columns").EnumerateArray().Select(f => f.GetProperty("key").GetString()!).ToList();

        // The demo data deliver KNM for some of these students, and these tests deliver TAAL only.
        return
        [
            .. list.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("values").EnumerateArray()
                .Select((value, index) => (keys[index], value.GetProperty("raw").ToString()))
                .ToDictionary(p => p.Item1, p => p.Item2))
                .Where(row => row["aanwezigheidOnderdeel"] == "TAAL"),
        ];
    }
}
