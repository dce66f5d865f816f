using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Coa;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoPortaal;
using Inburgering.Plugin.DuoSignalen;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Meldingen;
using Inburgering.Plugin.Overdracht;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Microsoft.EntityFrameworkCore;
using Inburgering.Plugin.Werkvoorraad;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Seeds the inburgering process in the current gemeente. It registers the <see cref="DemoPeople"/> through the same
/// registration as staff use, so each gets a host client and BRP data, and gives every new dossier the steps of its
/// <see cref="DemoVerloop"/> and its DUO signals. A person already registered is left as is, so a second run adds
/// nothing.
/// </summary>
/// <remarks>
/// The registration records its own processing. For the steps the seeder adds, it records one update per processing
/// activity and dossier, as the actions do. One V-nummer dossier of the first gemeente is restricted after DUO's
/// withdrawal, so the privacy officer has a restricted dossier to open.
/// </remarks>
internal sealed class InburgeringDemoSeeder(
    InburgeraarRegistration registration,
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    ITenantContext tenant,
    ILeveringVerwerker leveringVerwerker,
    IOverdrachtPakketten overdrachtPakketten,
    IMeldingen meldingen,
    IDuoRegistratiePoort duoRegistratiePoort,
    CoaBijwerking coaBijwerking,
    IEnumerable<ITermijnRegel> termijnRegels,
    IWorkTasks workTasks,
    TimeProvider timeProvider,
    ILoggerFactory loggers,
    ILogger<InburgeringDemoSeeder> logger) : IDemoDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var gemeente = tenant.Required.Value;
        var today = AmsterdamTime.Today(timeProvider);

        var people = DemoPeople.Of(gemeente);
        var created = 0;
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var koppeldatum = DemoVerlopen.Koppeldatum(person.Verloop, today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var input = new RegistrationInput(person.Bsn, person.VNummer, person.Doelgroep.ToString(), koppeldatum, nameof(WetRegime.Wi2021));

            var result = await registration.RegisterAsync(input, cancellationToken);

            if (result.Outcome == RegistrationOutcome.Created)
            {
                created++;
                await BuildAsync(person, result.DossierId!.Value, today, cancellationToken);
            }
            else if (result.Outcome == RegistrationOutcome.Invalid)
            {
                Log.DemoDossierNotRegistered(logger, i, gemeente, string.Join(", ", result.Errors.Select(e => e.FieldKey)));
            }
        }

        await AddSignalenZonderDossierAsync(gemeente, today, cancellationToken);
        await DemoAanbieders.SeedAsync(db, processingLog, user.UserId, timeProvider.GetUtcNow(), today, logger, cancellationToken);
        await DemoLeveringen.SeedAsync(db, leveringVerwerker, today, logger, cancellationToken);

        // The overdracht closes its dossier, so it runs after the steps that need open dossiers above.
        await DemoOverdracht.SeedAsync(db, overdrachtPakketten, meldingen, processingLog, user.UserId, timeProvider.GetUtcNow(), today, logger, cancellationToken);
        await DemoDuoRegistraties.SeedAsync(db, duoRegistratiePoort, processingLog, logger, cancellationToken);
        await DemoCoa.SeedAsync(db, coaBijwerking, processingLog, today, logger, cancellationToken);
        await DemoAbonnementen.SeedAsync(db, user.UserId, timeProvider.GetUtcNow(), logger, cancellationToken);

        // The daily scan runs at 04:00; running it now puts the demo dossiers' tasks in the werkvoorraad at once.
        var scan = new TermijnbewakingJob(termijnRegels, workTasks, processingLog, timeProvider, loggers.CreateLogger<TermijnbewakingJob>());
        await scan.RunAsync(new JobContext(tenant.Required, timeProvider.GetUtcNow()), cancellationToken);

        Log.DemoDataSeeded(logger, created, gemeente);
    }

    /// <summary>Adds the process, the DUO signals and any restriction to the dossier just registered for <paramref name="person"/>.</summary>
    private async Task BuildAsync(DemoPerson person, Guid dossierId, DateOnly today, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId, cancellationToken);
        var nu = timeProvider.GetUtcNow();
        var opbouw = new DemoDossierOpbouw(db, dossier, user.UserId, nu);

        DemoVerlopen.Bouw(person.Verloop, opbouw, today);

        foreach (var (soort, status) in person.Signalen)
        {
            var kennisgeving = dossier.DuoKennisgevingOp ?? dossier.Koppeldatum;
            db.DuoSignalen.Add(DemoDuoSignalen.Maak(person, soort, status, dossier.Gemeente, kennisgeving, dossier, user.UserId, nu));
            opbouw.Activiteiten.Add(InburgeringProcessingActivities.DuoSignalen);
        }

        if (person.Beperkt)
        {
            DossierBeperking.Beperk(dossier, today, DossierBeperking.IntrekkingDoorDuo, user.UserId);
            opbouw.Activiteiten.Add(InburgeringProcessingActivities.Beperking);
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var activiteit in opbouw.Activiteiten.Order(StringComparer.Ordinal))
        {
            await processingLog.RecordAsync(new ProcessingRecord(activiteit, ProcessingOperation.Update, DossierSubject.Of(dossier)), cancellationToken);
        }

        Log.DemoVerloopBuilt(logger, dossier.Id, person.Verloop);
    }

    /// <summary>Adds the new-plichtige signals of persons without a dossier, unless the gemeente already has a signal about them.</summary>
    private async Task AddSignalenZonderDossierAsync(string gemeente, DateOnly today, CancellationToken cancellationToken)
    {
        var nu = timeProvider.GetUtcNow();
        var added = new List<DuoSignaal>();
        foreach (var person in DemoPeople.NogNietGeregistreerd(gemeente))
        {
            if (await db.DuoSignalen.AnyAsync(s => s.Bsn == person.Bsn && s.VNummer == person.VNummer, cancellationToken))
            {
                continue;
            }

            added.AddRange(person.Signalen.Select(s => DemoDuoSignalen.Maak(person, s.Soort, s.Status, gemeente, today.AddDays(-3), null, user.UserId, nu)));
        }

        if (added.Count == 0)
        {
            return;
        }

        db.DuoSignalen.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var signaal in added)
        {
            await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.DuoSignalen, ProcessingOperation.Create, signaal.Subject()), cancellationToken);
        }

        Log.DemoSignalenAdded(logger, added.Count, gemeente);
    }
}
