using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Seeds one inactive webhook subscription per demo gemeente, so the beheerder finds an example in the list. It is
/// inactive, so the delivery job sends nothing to its URL, a discard port on the local machine. A second run adds
/// nothing, because it stops when the gemeente has a subscription with that URL.
/// </summary>
internal static class DemoAbonnementen
{
    /// <summary>The name shown in the list of subscriptions.</summary>
    public const string Naam = "Voorbeeld: zaaksysteem (uit)";

    /// <summary>The URL of the example receiver. Port 9 is the discard service, and the subscription is inactive anyway.</summary>
    public const string Url = "http://127.0.0.1:9/inburgering";

    public static async Task SeedAsync(InburgeringDbContext db, string userId, DateTimeOffset nu, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        var gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Seeding a subscription needs a gemeente.");
        if (await db.Abonnementen.AnyAsync(a => a.Url == Url, cancellationToken))
        {
            return;
        }

        var abonnement = new Abonnement
        {
            Id = Guid.CreateVersion7(nu),
            Gemeente = gemeente,
            Naam = Naam,
            Url = Url,
            Geheim = WebhookHandtekening.NieuwGeheim(),
            Actief = false,
            AangemaaktDoor = userId,
            AangemaaktOp = nu,
            Versie = Guid.NewGuid(),
        };
        db.Abonnementen.Add(abonnement);
        await db.SaveChangesAsync(cancellationToken);

        Log.DemoAbonnementSeeded(logger, abonnement.Id, gemeente);
    }
}
