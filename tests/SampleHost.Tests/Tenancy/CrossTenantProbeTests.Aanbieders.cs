using System.Net;
using System.Text.RegularExpressions;
using Host.Abstractions;

namespace SampleHost.Tests.Tenancy;

/// <summary>
/// The probes of aanbieders. Our users request the reports and error downloads of the other gemeente's deliveries,
/// an API key of our gemeente requests the other gemeente's ids, and one aanbieder of our gemeente requests the
/// students and deliveries of another.
/// </summary>
public sealed partial class CrossTenantProbeTests
{
    /// <summary>Leerhuis Noord, the second demo aanbieder of our gemeente.</summary>
    private const string LeerhuisNoord = "90059902";

    /// <summary>Taalschool De Brug, the demo aanbieder of our gemeente that the demo login acts for.</summary>
    private const string DeBrug = "90059901";

    [Test]
    public async Task ErrorDownloads_ForeignDeliveries_AreNotFound()
    {
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");
        using var aanbieder = await HostSession.LogInAsync(_server, $"demo-{Own}-{HostRoles.Aanbieder}");
        var leveringIds = ForeignRecordIds("inburgering.levering", "inburgering.mijn-levering");
        var leaks = new List<string>();

        foreach (var leveringId in leveringIds)
        {
            leaks.AddRange(await ProbeAsync(consulent.Client, $"/downloads/inburgering.levering-fouten/{leveringId}"));
            leaks.AddRange(await ProbeAsync(aanbieder.Client, $"/downloads/inburgering.mijn-levering-fouten/{leveringId}"));
        }

        Assert.That(leveringIds, Is.Not.Empty);
        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks));
    }

    [Test]
    public async Task AanbiedersApi_ForeignIds_AreNotFound()
    {
        using var api = AanbiederApi.WithKey(_server, await AanbiederKeyAsync(DeBrug));
        var aanmeldingIds = ForeignRecordIds("inburgering.cursist");
        var leveringIds = ForeignRecordIds("inburgering.levering", "inburgering.mijn-levering");
        var leaks = new List<string>();

        foreach (var aanmeldingId in aanmeldingIds)
        {
            leaks.AddRange(await ProbeAsync(api, $"/api/v1/aanmeldingen/{aanmeldingId}"));
        }

        foreach (var leveringId in leveringIds)
        {
            leaks.AddRange(await ProbeAsync(api, $"/api/v1/leveringen/{leveringId}"));
        }

        var (aanmeldingen, leveringen) = (await api.GetStringAsync(new Uri("/api/v1/aanmeldingen", UriKind.Relative)), await api.GetStringAsync(new Uri("/api/v1/leveringen", UriKind.Relative)));
        leaks.AddRange(Secrets(aanmeldingen).Concat(Secrets(leveringen)).Select(secret => $"de lijsten tonen '{secret}'"));
        leaks.AddRange(aanmeldingIds.Concat(leveringIds).Where(id => aanmeldingen.Contains(id, StringComparison.Ordinal) || leveringen.Contains(id, StringComparison.Ordinal)).Select(id => $"de lijsten tonen {id}"));

        Assert.That(aanmeldingIds, Is.Not.Empty);
        Assert.That(leveringIds, Is.Not.Empty);
        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks));
    }

    /// <summary>
    /// Leerhuis Noord, through an API key that acts for it, requests what De Brug has in the same gemeente: its
    /// aanmeldingen, its delivery, the student screen, the report and the list of deliveries. The demo login acts only
    /// for De Brug, so Leerhuis Noord takes the screens through the JSON API with its key; the downloads at
    /// <c>/downloads</c> take no key and are probed with De Brug's ids across gemeenten above.
    /// </summary>
    [Test]
    public async Task OtherAanbieder_SameGemeente_GetsNothing()
    {
        using var deBrug = await HostSession.LogInAsync(_server, $"demo-{Own}-{HostRoles.Aanbieder}");
        var brugAanmeldingen = await AanbiederApi.AanmeldingenAsync(deBrug.Client);
        var brugLevering = await AanbiederApi.LeverAsync(deBrug.Client, await AanbiederApi.VrijeAanmeldingAsync(deBrug.Client));
        using var noord = AanbiederApi.WithKey(_server, await AanbiederKeyAsync(LeerhuisNoord));
        var noordAanmeldingen = await AanbiederApi.AanmeldingenAsync(noord);
        var leaks = new List<string>();

        foreach (var aanmelding in brugAanmeldingen)
        {
            leaks.AddRange(await ProbeAsync(noord, $"/api/v1/aanmeldingen/{aanmelding.Id}", []));
            leaks.AddRange(await ProbeAsync(noord, $"/api/screens/inburgering.cursist/{aanmelding.Id}", []));
        }

        leaks.AddRange(await ProbeAsync(noord, $"/api/v1/leveringen/{brugLevering}", []));
        leaks.AddRange(await ProbeAsync(noord, $"/api/screens/inburgering.mijn-levering/{brugLevering}", []));
        var noordLeveringen = await noord.GetStringAsync(new Uri("/api/v1/leveringen", UriKind.Relative));
        var noordScreen = await noord.GetStringAsync(new Uri("/api/screens/inburgering.mijn-leveringen", UriKind.Relative));

        Assert.That(brugAanmeldingen, Is.Not.Empty);
        Assert.That(noordAanmeldingen, Is.Not.Empty, "Leerhuis Noord has students of its own");
        Assert.That(noordAanmeldingen.Select(a => a.Id), Has.None.AnyOf(brugAanmeldingen.Select(a => a.Id).ToArray()));
        Assert.That(noordLeveringen, Does.Not.Contain(brugLevering));
        Assert.That(noordScreen, Does.Not.Contain(brugLevering));
        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks));
    }

    [Test]
    public async Task ApiClientsPage_AanbiederRole_IsGrantable()
    {
        using var beheerder = await HostSession.LogInAsync(_server, $"demo-{Own}-functioneel-beheerder");

        var (_, form) = await beheerder.GetPageAsync("/beheer/api-clients");
        var key = await AanbiederKeyAsync(LeerhuisNoord);
        using var api = AanbiederApi.WithKey(_server, key);
        using var dossiers = await api.GetAsync(new Uri("/api/screens/inburgering.dossiers", UriKind.Relative));

        Assert.That(form, Does.Contain("<option value=\"aanbieder\""));
        Assert.That(form, Does.Not.Contain("<option value=\"consulent-inburgering\""));
        Assert.That(await AanbiederApi.AanmeldingenAsync(api), Is.Not.Empty, "the key reaches its organisation's students");
        Assert.That(dossiers.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "the key reads no dossiers");
    }

    /// <summary>Creates, as the functioneel beheerder of our gemeente, an API client in the role aanbieder for <paramref name="kvkNummer"/> and returns its key.</summary>
    private async Task<string> AanbiederKeyAsync(string kvkNummer)
    {
        using var beheerder = await HostSession.LogInAsync(_server, $"demo-{Own}-functioneel-beheerder");
        using var response = await beheerder.PostFormAsync(
            "/beheer/api-clients",
            new Dictionary<string, string> { ["name"] = $"Probe {kvkNummer} {Guid.NewGuid():N}", ["role"] = HostRoles.Aanbieder, ["organisation"] = kvkNummer },
            "/beheer/api-clients?handler=Aanmaken");
        var html = await response.Content.ReadAsStringAsync();
        var key = NewKey().Match(html);
        Assert.That(key.Success, Is.True, $"the page shows no new key for an aanbieder client; status {(int)response.StatusCode}");
        return key.Groups[1].Value;
    }

    /// <summary>Returns the record ids of the other gemeente that the screens <paramref name="screenIds"/> open.</summary>
    private List<string> ForeignRecordIds(params string[] screenIds) =>
        [.. _foreign.ScreenRecords.Where(url => screenIds.Contains(url.Split('/')[^2])).Select(url => url.Split('/')[^1]).Distinct()];

    /// <summary>Requests <paramref name="url"/> and returns what is wrong: a status other than 404, or a secret of the other gemeente in the body.</summary>
    private async Task<IEnumerable<string>> ProbeAsync(HttpClient client, string url) => await ProbeAsync(client, url, _foreign.Secrets);

    private static async Task<IEnumerable<string>> ProbeAsync(HttpClient client, string url, IReadOnlyList<string> secrets)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var problems = new List<string>();
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            problems.Add($"GET {url} gaf {(int)response.StatusCode}, verwacht 404");
        }

        problems.AddRange(secrets.Where(secret => body.Contains(secret, StringComparison.Ordinal)).Select(secret => $"GET {url} toont '{secret}'"));
        return problems;
    }

    [GeneratedRegex("<code[^>]*data-new-key[^>]*>([^<]+)</code>")]
    private static partial Regex NewKey();
}
