using System.Net;
using Host.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using SampleHost.Jobs;
using SampleHost.Plugins;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// Notifications through SampleHost: a functioneel beheerder subscribes a webhook receiver on 127.0.0.1 that is down
/// while the events are made, and after it comes back the delivery job has delivered every event.
/// </summary>
[TestFixture]
public sealed class MeldingenFlowTests
{
    private const string JobId = "inburgering.meldingen-bezorgen";

    private const int MaximumRuns = 10;

    [Test]
    public async Task ReceiverDown_ThenUp_ReceivesEveryEvent()
    {
        await using var server = new SampleHostServer();
        server.StartServer();
        await using var ontvanger = new WebhookOntvanger(FreePort.Next());
        using var beheerder = await HostSession.LogInAsync(server, "demo-0599-functioneel-beheerder");
        var abonnementUrl = await AbonneerAsync(beheerder, ontvanger.Url);

        using var consulent = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");
        await RegisterAsync(consulent, "999993653");
        await RegisterAsync(consulent, "999993872", "OverigeMigrant");

        await RunJobAsync(server);
        var wachtendTerwijlOnbereikbaar = await TellingAsync(beheerder, abonnementUrl, "wachtend");
        var fout = await AanleveringForms.ReadFieldAsync(beheerder, abonnementUrl, "laatsteFout");

        await ontvanger.StartAsync();
        var runs = 0;
        while (runs < MaximumRuns && await TellingAsync(beheerder, abonnementUrl, "wachtend") > 0)
        {
            // The next attempt waits for the backoff, which is at most an hour plus a tenth.
            server.Clock.Advance(TimeSpan.FromHours(2));
            await RunJobAsync(server);
            runs++;
        }

        var ontvangen = ontvanger.Ontvangen;
        var afgeleverd = await TellingAsync(beheerder, abonnementUrl, "afgeleverd");
        Assert.That(wachtendTerwijlOnbereikbaar, Is.GreaterThanOrEqualTo(2), "both registrations wait while the receiver is down");
        Assert.That(fout, Is.Not.Null.And.Not.Empty, "the failed attempt is shown to the beheerder");
        Assert.That(await TellingAsync(beheerder, abonnementUrl, "wachtend"), Is.Zero, $"nothing waits after {runs} runs");
        Assert.That(await TellingAsync(beheerder, abonnementUrl, "mislukt"), Is.Zero);
        Assert.That(ontvangen.Select(m => m.Id).Distinct().Count(), Is.EqualTo(afgeleverd), "every delivered event arrived, told apart by its id");
        Assert.That(ontvangen.Count(m => m.Type == "nl.inburgering.dossier.geregistreerd"), Is.EqualTo(2));
    }

    /// <summary>Adds a subscription for every kind of notification and returns the subscription screen's URL.</summary>
    private static async Task<string> AbonneerAsync(HostSession beheerder, Uri url)
    {
        using var response = await beheerder.PostActionAsync("/schermen/inburgering.abonnementen", "inburgering.abonnement-toevoegen", new Dictionary<string, string>
        {
            ["naam"] = "Zaaksysteem (test)",
            ["url"] = url.ToString(),
            ["actief"] = "true",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), string.Join("; ", AanleveringForms.FieldErrors(html)));
        return response.Headers.Location!.OriginalString;
    }

    private static async Task<int> TellingAsync(HostSession beheerder, string abonnementUrl, string veld) =>
        int.Parse((await AanleveringForms.ReadFieldAsync(beheerder, abonnementUrl, veld))!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs the delivery job for Rotterdam once, due at the host's current time.</summary>
    private static async Task RunJobAsync(SampleHostServer server)
    {
        var plugin = server.Services.GetRequiredService<PluginCatalog>().Loaded.Single(p => p.Id == "inburgering");
        JobDefinition definition;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            definition = scope.ServiceProvider.GetKeyedServices<IScheduledJob>(plugin.Id).Single(j => j.Definition.Id == JobId).Definition;
        }

        var ran = await server.Services.GetRequiredService<JobRunner>().RunAsync(new ScheduledJobEntry(plugin, definition), GemeenteCode.Parse("0599"), server.Clock.GetUtcNow(), CancellationToken.None);
        Assert.That(ran, Is.True, "the job run is claimed by this test");
    }
}
