using System.Net;
using Host.Abstractions;
using SampleHost.Tests.Hosting;
using TestSupport;
using static SampleHost.Tests.Hosting.InburgeringSteps;

namespace SampleHost.Tests.Inburgering;

/// <summary>
/// Notifications through SampleHost: a functioneel beheerder subscribes a webhook receiver on 127.0.0.1 that is down
/// while the events are made, and after it comes back the delivery job has delivered every event.
/// </summary>
[TestFixtureSource(typeof(TestDatabases), nameof(TestDatabases.Providers))]
public sealed class MeldingenFlowTests(DatabaseProvider provider)
{
    private const int MaximumStappen = 20;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Test]
    public async Task ReceiverDown_ThenUp_ReceivesEveryEvent()
    {
        await using var server = new SampleHostServer(new SampleHostSettings { Provider = provider });
        server.StartServer();
        await using var ontvanger = new WebhookOntvanger(FreePort.Next());
        using var beheerder = await HostSession.LogInAsync(server, "demo-0599-functioneel-beheerder");
        var abonnementUrl = await AbonneerAsync(beheerder, ontvanger.Url);

        using var consulent = await HostSession.LogInAsync(server, "demo-0599-consulent-inburgering");
        await RegisterAsync(consulent, "999993653");
        await RegisterAsync(consulent, "999993872", "OverigeMigrant");

        // The host's scheduler runs the delivery job every minute of the host's clock.
        server.Clock.Advance(TimeSpan.FromMinutes(1));
        await WaitUntilAsync(async () => !string.IsNullOrEmpty(await AanleveringForms.ReadFieldAsync(beheerder, abonnementUrl, "laatsteFout")), "a delivery attempt failed");
        var wachtendTerwijlOnbereikbaar = await TellingAsync(beheerder, abonnementUrl, "wachtend");
        var afgeleverdTerwijlOnbereikbaar = await TellingAsync(beheerder, abonnementUrl, "afgeleverd");

        await ontvanger.StartAsync();

        // The next attempt waits for the backoff, which is at most an hour plus a tenth. Each step past a due minute
        // lets the scheduler start a run; a bounded number of steps keeps the test finite.
        var stappen = 0;
        while (stappen < MaximumStappen && await TellingAsync(beheerder, abonnementUrl, "wachtend") > 0)
        {
            server.Clock.Advance(TimeSpan.FromMinutes(30));
            await Task.Delay(TimeSpan.FromSeconds(2));
            stappen++;
        }

        var ontvangen = ontvanger.Ontvangen;
        var afgeleverd = await TellingAsync(beheerder, abonnementUrl, "afgeleverd");
        Assert.That(wachtendTerwijlOnbereikbaar, Is.GreaterThanOrEqualTo(2), "both registrations wait while the receiver is down");
        Assert.That(afgeleverdTerwijlOnbereikbaar, Is.Zero);
        Assert.That(await TellingAsync(beheerder, abonnementUrl, "wachtend"), Is.Zero, $"nothing waits after {stappen} steps of the clock");
        Assert.That(await TellingAsync(beheerder, abonnementUrl, "mislukt"), Is.Zero);
        Assert.That(ontvangen.Select(m => m.Id).Distinct().Count(), Is.EqualTo(afgeleverd), "every delivered event arrived, told apart by its id");
        Assert.That(ontvangen.Where(m => m.Type == "nl.inburgering.dossier.geregistreerd").Select(m => m.Id).Distinct().Count(), Is.EqualTo(2));
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

    /// <summary>Polls <paramref name="condition"/> every 100 ms and fails after 30 seconds.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > s_timeout)
            {
                Assert.Fail($"Timed out after {s_timeout.TotalSeconds} seconds waiting until {what}.");
            }

            await Task.Delay(100);
        }
    }
}
