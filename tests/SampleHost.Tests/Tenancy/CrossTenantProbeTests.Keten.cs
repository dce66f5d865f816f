using System.Net;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Tests.Hosting;
using SampleHost.Tests.Security;

namespace SampleHost.Tests.Tenancy;

public sealed partial class CrossTenantProbeTests
{
    /// <summary>A gemeente outside this deployment, to which the other gemeente sends a warme overdracht.</summary>
    private const string Outside = "0363";

    /// <summary>The list screens of the chain of a move whose record links the crawl follows.</summary>
    private static readonly string[] s_ketenLists =
    [
        "/api/screens/inburgering.verhuizingen",
        "/api/screens/inburgering.overdrachten",
        "/api/screens/inburgering.duo-registraties",
        "/api/screens/inburgering.coa-import",
    ];

    private ForeignKeten _keten = null!;

    private WebhookReceiver _webhooks = null!;

    [Test]
    public void ForeignKeten_OtherGemeente_IsPresent()
    {
        Assert.That(_foreign.ScreenRecords, Does.Contain($"/schermen/inburgering.overdracht/{_keten.OverdrachtNaarBuiten}"));
        Assert.That(_foreign.ScreenRecords, Has.Some.StartsWith("/schermen/inburgering.duo-registratie/"));
        Assert.That(_foreign.ScreenRecords, Does.Contain($"/schermen/inburgering.abonnement/{_keten.Abonnement}"));
        Assert.That(_foreign.ScreenRecords, Does.Contain($"/schermen/inburgering.coa/{_keten.AfzenderDossier}"));
        Assert.That(_foreign.ScreenRecords, Does.Contain($"/schermen/inburgering.overdracht-bestand/{_keten.AfzenderDossier}"));
    }

    /// <summary>
    /// The own gemeente is a third party to an overdracht from the other gemeente to a gemeente outside the
    /// deployment: it cannot open, accept, refuse, withdraw or send it, and the overdracht stays as it was.
    /// </summary>
    [TestCase("inburgering.overdracht-accepteren")]
    [TestCase("inburgering.overdracht-weigeren")]
    [TestCase("inburgering.overdracht-intrekken")]
    [TestCase("inburgering.overdracht-verzenden")]
    public async Task OverdrachtAction_ThirdGemeente_IsRejected(string actionId)
    {
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");

        var (screenStatus, screen) = await consulent.GetPageAsync($"/api/screens/inburgering.overdracht/{_keten.OverdrachtNaarBuiten}");
        var (status, _, body) = await KetenSteps.ExecuteAsync(consulent, actionId, _keten.OverdrachtNaarBuiten, new() { ["reden"] = "Niet voor ons" });

        Assert.That(screenStatus, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Secrets(screen), Is.Empty);
        Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity), body);
        Assert.That(Secrets(body), Is.Empty);
        Assert.That(await OverdrachtStatusAsync(_keten.OverdrachtNaarBuiten), Is.EqualTo("Verzonden"));
    }

    /// <summary>
    /// The receiver of an overdracht may open it, but cannot withdraw it nor change the sender's dossier through the
    /// actions on a dossier.
    /// </summary>
    [Test]
    public async Task Receiver_SenderDossier_CannotChange()
    {
        using var consulent = await HostSession.LogInAsync(_server, $"demo-{Own}-consulent-inburgering");
        var changes = new List<string>();

        var (screenStatus, _) = await consulent.GetPageAsync($"/api/screens/inburgering.overdracht/{_keten.OverdrachtNaarOns}");
        var (intrekken, _, _) = await KetenSteps.ExecuteAsync(consulent, "inburgering.overdracht-intrekken", _keten.OverdrachtNaarOns, new() { ["reden"] = "Vergissing" });
        foreach (var actionId in new[] { "inburgering.overdracht-voorbereiden", "inburgering.overdracht-exporteren", "inburgering.coa-bijwerken", "inburgering.map-vastleggen", "inburgering.geen-verhuizing" })
        {
            var (status, _, body) = await KetenSteps.ExecuteAsync(consulent, actionId, _keten.DossierNaarOns, new() { ["ontvangerGemeente"] = Outside, ["ontvangendeGemeente"] = Outside, ["verhuisdatum"] = "2026-11-02" });
            if (status != HttpStatusCode.UnprocessableEntity || Secrets(body).Any())
            {
                changes.Add($"{actionId} gaf {(int)status}: {body}");
            }
        }

        Assert.That(screenStatus, Is.EqualTo(HttpStatusCode.OK), "the receiver opens the overdracht");
        Assert.That(intrekken, Is.EqualTo(HttpStatusCode.UnprocessableEntity), "only the sender withdraws");
        Assert.That(changes, Is.Empty, string.Join(Environment.NewLine, changes));
        Assert.That(await OverdrachtStatusAsync(_keten.OverdrachtNaarOns), Is.EqualTo("Verzonden"));
    }

    /// <summary>
    /// Makes the other gemeente's records of a move as its users would. These are a verhuizing of 999993653 on the BRP
    /// stand-in, a MAP result on the DUO worklist, an overdracht file, an overdracht sent outside the deployment, one
    /// sent to the own gemeente, and a subscription. Returns the record links that the crawl reaches from them.
    /// </summary>
    private async Task<List<string>> AddForeignKetenAsync(HostSession consulent)
    {
        var today = DateOnly.FromDateTime(_server.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

        await InburgeringSteps.RegisterAsync(consulent, KetenSteps.VerhuisdeBsn);
        await KetenSteps.RecordMoveAsync(consulent, Outside);

        var dossierIds = await KetenSteps.DossierIdsAsync(consulent);
        var afzenderDossier = await KetenSteps.RecordMapResultAsync(consulent, dossierIds, today.AddDays(-7));
        await KetenSteps.ExportOverdrachtAsync(consulent, afzenderDossier, Outside);
        var naarBuiten = await KetenSteps.PrepareOverdrachtAsync(consulent, afzenderDossier, Outside, today.AddDays(-1));
        await KetenSteps.SendOverdrachtAsync(consulent, naarBuiten);

        using var beheerder = await HostSession.LogInAsync(_server, $"demo-{Other}-{HostRoles.FunctioneelBeheerder}");
        var abonnement = await KetenSteps.AddAbonnementAsync(beheerder, _webhooks.Url);
        var screenRecords = await CrawlAsync(consulent, [.. s_ketenLists, $"/api/screens/inburgering.overdracht-bestand/{afzenderDossier}"]);
        screenRecords.AddRange(await CrawlAsync(beheerder, ["/api/screens/inburgering.abonnementen"]));
        screenRecords.RemoveAll((await IncomingOverdrachtUrlsAsync(consulent)).Contains);
        screenRecords.Add($"/schermen/inburgering.coa/{afzenderDossier}");
        screenRecords.Add($"/schermen/inburgering.overdracht-bestand/{afzenderDossier}");

        // Sent after the crawl, because the own gemeente may open and accept an overdracht to itself.
        var (naarOns, tweede) = await KetenSteps.PrepareFirstOverdrachtAsync(consulent, dossierIds.Where(id => id != afzenderDossier), Own, today.AddDays(-1));
        await KetenSteps.SendOverdrachtAsync(consulent, naarOns);

        _keten = new ForeignKeten(afzenderDossier, naarBuiten, naarOns, tweede, abonnement);
        return screenRecords;
    }

    /// <summary>
    /// Returns the record links of the overdrachten that come in to <paramref name="consulent"/>'s gemeente. The demo
    /// sends one from the own gemeente, which may open it as its sender, so it is no foreign record.
    /// </summary>
    private static async Task<List<string>> IncomingOverdrachtUrlsAsync(HostSession consulent)
    {
        var (_, json) = await consulent.GetPageAsync("/api/screens/inburgering.overdrachten");
        using var screen = System.Text.Json.JsonDocument.Parse(json);
        var urls = new List<string>();
        foreach (var row in screen.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(section => section.GetProperty("elements").EnumerateArray())
            .Where(element => element.TryGetProperty("rows", out _))
            .SelectMany(element => element.GetProperty("rows").EnumerateArray()))
        {
            if (row.GetRawText().Contains("\"Inkomend\"", StringComparison.Ordinal)
                && row.TryGetProperty("link", out var link) && link.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                urls.Add($"/schermen/inburgering.overdracht/{link.GetProperty("recordId").GetString()}");
            }
        }

        return urls;
    }

    /// <summary>Returns the status of <paramref name="overdrachtId"/> on the sending gemeente's screen.</summary>
    private async Task<string> OverdrachtStatusAsync(string overdrachtId)
    {
        using var afzender = await HostSession.LogInAsync(_server, $"demo-{Other}-consulent-inburgering");
        var (_, json) = await afzender.GetPageAsync($"/api/screens/inburgering.overdracht/{overdrachtId}");

        using var screen = System.Text.Json.JsonDocument.Parse(json);
        return screen.RootElement.GetProperty("sections")[0].GetProperty("elements").EnumerateArray()
            .Single(e => e.TryGetProperty("field", out var field) && field.GetProperty("key").GetString() == "status")
            .GetProperty("value").GetProperty("raw").GetString()!;
    }

    /// <summary>
    /// The other gemeente's records of a move that the probes take: the dossier it sent outside the deployment, that
    /// overdracht, the overdracht to the own gemeente and its dossier, and a subscription.
    /// </summary>
    private sealed record ForeignKeten(string AfzenderDossier, string OverdrachtNaarBuiten, string OverdrachtNaarOns, string DossierNaarOns, string Abonnement);
}
