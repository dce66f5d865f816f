using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Delivers the gemeente's notifications to its webhook subscribers, every minute: first it fans out the new outbox
/// rows, then it sends each active subscription's due deliveries oldest first, and last it removes the rows of
/// notifications delivered more than <see cref="MeldingOpruiming.Bewaardagen"/> days ago.
/// </summary>
/// <remarks>
/// Before it sends anything for a subscription, a run claims it (<see cref="BezorgClaim"/>) and skips it when another
/// run has the claim, so overlapping runs and runs in other host instances never send one delivery twice.
/// Delivery is at least once. A request that reached the receiver but whose outcome was not saved (for example
/// because the process stopped) is sent again in a later run with the same event id. A subscription that fails stops
/// for the rest of the run, and a waiting delivery that is not yet due holds back the newer ones. So a subscriber gets
/// its notifications in order, except those that became <see cref="AfleveringStatus.Mislukt"/>, which arrive late.
/// </remarks>
internal sealed class MeldingenBezorgenJob(
    InburgeringDbContext db,
    MeldingUitwaaiering uitwaaiering,
    MeldingOpruiming opruiming,
    IWebhookVerzender verzender,
    IPluginSettings settings,
    TimeProvider clock,
    ILogger<MeldingenBezorgenJob> logger) : IScheduledJob
{
    public const string JobId = "inburgering.meldingen-bezorgen";

    /// <summary>The most deliveries one run attempts per subscription.</summary>
    public const int BatchPerAbonnement = 100;

    /// <summary>The maximum length of a stored error message.</summary>
    public const int FoutMaxLength = 500;

    public JobDefinition Definition { get; } = new(
        JobId,
        new LocalizedText("Meldingen bezorgen bij andere systemen", "Deliver notifications to other systems"),
        JobSchedule.Every(TimeSpan.FromMinutes(1)));

    public async Task<JobResult> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);

        var uitgewaaierd = await WaaierUitAsync(context.Gemeente, cancellationToken);

        var source = MeldingenSettings.BronVoor(await settings.GetAsync(MeldingenSettings.Bron, cancellationToken), context.Gemeente);
        var abonnementen = await db.Abonnementen.Where(a => a.Actief).OrderBy(a => a.Naam).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var run = Guid.NewGuid();
        var afgeleverd = 0;
        var mislukt = 0;

        foreach (var abonnement in abonnementen)
        {
            if (!await BezorgClaim.NeemAsync(db, abonnement.Id, run, clock.GetUtcNow(), cancellationToken))
            {
                Log.AbonnementBezet(logger, abonnement.Id, context.Gemeente.Value);
                continue;
            }

            try
            {
                var (gelukt, fouten) = await BezorgAsync(abonnement, run, source, cancellationToken);
                afgeleverd += gelukt;
                mislukt += fouten;
            }
            finally
            {
                // Not cancelled with the run: a claim left behind would hold the subscription until it expires.
                await BezorgClaim.GeefVrijAsync(db, abonnement.Id, run, CancellationToken.None);
            }
        }

        var opgeruimd = await opruiming.RuimOpAsync(cancellationToken);

        Log.MeldingenBezorgd(logger, context.Gemeente.Value, uitgewaaierd, afgeleverd, mislukt);
        return new JobResult(afgeleverd, string.Create(
            CultureInfo.InvariantCulture,
            $"{uitgewaaierd} deliveries created, {afgeleverd} delivered, {mislukt} attempts failed and {opgeruimd} old notifications removed."));
    }

    /// <summary>
    /// Fans out the new notifications. When a run in another instance fanned out the same ones first, the unique index
    /// on notification and subscription rejects this run's whole batch, and this run leaves the fan-out to that one.
    /// </summary>
    private async Task<int> WaaierUitAsync(GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        try
        {
            return await uitwaaiering.WaaierUitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            Log.UitwaaieringAlGedaan(logger, gemeente.Value);
            return 0;
        }
    }

    /// <summary>
    /// Sends the due deliveries of one subscription: the waiting ones oldest first, then the failed ones that are due.
    /// Stops at the first failure, at a waiting delivery that is not yet due, or when <paramref name="run"/> lost its
    /// claim on the subscription. Returns the numbers delivered and failed.
    /// </summary>
    private async Task<(int Afgeleverd, int Mislukt)> BezorgAsync(Abonnement abonnement, Guid run, string source, CancellationToken cancellationToken)
    {
        var nu = clock.GetUtcNow();
        var wachtend = await db.MeldingAfleveringen
            .Where(a => a.AbonnementId == abonnement.Id && a.Status == AfleveringStatus.Wachtend)
            .OrderBy(a => a.Tijd)
            .ThenBy(a => a.MeldingId)
            .Take(BatchPerAbonnement)
            .ToListAsync(cancellationToken);

        // A failed delivery no longer holds back the newer ones, so it comes after them, and only when it is due.
        var mislukt = await db.MeldingAfleveringen
            .Where(a => a.AbonnementId == abonnement.Id && a.Status == AfleveringStatus.Mislukt && a.VolgendePogingOp <= nu)
            .OrderBy(a => a.Tijd)
            .ThenBy(a => a.MeldingId)
            .Take(BatchPerAbonnement - wachtend.Count)
            .ToListAsync(cancellationToken);

        var afgeleverd = 0;
        foreach (var aflevering in wachtend.Concat(mislukt))
        {
            if (aflevering.VolgendePogingOp > nu)
            {
                // A waiting delivery keeps the subscriber's order, so the newer ones wait for it.
                break;
            }

            // Renewing right before the request means no request is sent after another run took the claim over.
            if (!await BezorgClaim.VerlengAsync(db, abonnement.Id, run, clock.GetUtcNow(), cancellationToken))
            {
                Log.BezorgClaimVerloren(logger, abonnement.Id, run);
                break;
            }

            var melding = await db.Meldingen.AsNoTracking().SingleAsync(m => m.Id == aflevering.MeldingId, cancellationToken);
            var body = CloudEventBouwer.Bouw(melding, source);
            var uitkomst = await verzender.VerzendAsync(new Uri(abonnement.Url), abonnement.Geheim, melding.Id, body, cancellationToken);

            Registreer(aflevering, uitkomst, clock.GetUtcNow());
            if (uitkomst.IsVerdwenen)
            {
                abonnement.Actief = false;
                abonnement.Versie = Guid.NewGuid();
                Log.AbonnementVerdwenen(logger, abonnement.Id);
            }

            await db.SaveChangesAsync(cancellationToken);

            if (!uitkomst.IsAfgeleverd)
            {
                Log.AfleveringMislukt(logger, melding.Id, abonnement.Id, aflevering.Pogingen, uitkomst.HttpStatus, aflevering.LaatsteFout, aflevering.VolgendePogingOp);
                return (afgeleverd, 1);
            }

            afgeleverd++;
        }

        return (afgeleverd, 0);
    }

    /// <summary>Records one attempt's outcome on the delivery and schedules the next attempt after a failure.</summary>
    internal static void Registreer(MeldingAflevering aflevering, WebhookUitkomst uitkomst, DateTimeOffset nu)
    {
        aflevering.Pogingen++;
        aflevering.LaatstePogingOp = nu;
        aflevering.LaatsteHttpStatus = uitkomst.HttpStatus;

        if (uitkomst.IsAfgeleverd)
        {
            aflevering.Status = AfleveringStatus.Afgeleverd;
            aflevering.AfgeleverdOp = nu;
            aflevering.VolgendePogingOp = null;
            aflevering.LaatsteFout = null;
            return;
        }

        var fout = uitkomst.Fout ?? "The delivery failed without a message.";
        aflevering.LaatsteFout = fout.Length > FoutMaxLength ? fout[..FoutMaxLength] : fout;
        aflevering.VolgendePogingOp = AfleveringSchema.VolgendePoging(aflevering.Id, aflevering.Pogingen, nu);
        if (AfleveringSchema.IsMislukt(aflevering.Pogingen))
        {
            aflevering.Status = AfleveringStatus.Mislukt;
        }
    }
}
