using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Demo;

/// <summary>
/// Registers demo inburgeraars from the RvIG BRP test set in the current gemeente, through the same registration
/// as staff use, so each gets a host client and BRP data. A person already registered is left as is.
/// </summary>
/// <remarks>
/// BSNs 999993653 and 000009921 are left out on purpose: the demo walk-through registers them by hand. One
/// V-nummer dossier of the first gemeente is restricted, so the privacy officer has a restricted dossier to open.
/// </remarks>
internal sealed class InburgeringDemoSeeder(
    InburgeraarRegistration registration,
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    ITenantContext tenant,
    TimeProvider timeProvider,
    ILogger<InburgeringDemoSeeder> logger) : IDemoDataSeeder
{
    /// <summary>The people of the first demo gemeente, and of any gemeente without a list of its own.</summary>
    private static readonly DemoPerson[] s_people =
    [
        new("999992806", null, Doelgroep.Asielstatushouder, DaysSinceKoppeling: 60),
        new("999995017", null, Doelgroep.Gezinsmigrant, DaysSinceKoppeling: 30),
        new("999990482", null, Doelgroep.OverigeMigrant, DaysSinceKoppeling: 14),
        new(null, "1234567890", Doelgroep.Asielstatushouder, DaysSinceKoppeling: 7),
        new(null, "3456789012", Doelgroep.Asielstatushouder, DaysSinceKoppeling: 90) { Beperkt = true },
    ];

    /// <summary>Other people for 's-Gravenhage (0518), so the two demo gemeenten are easy to distinguish.</summary>
    private static readonly DemoPerson[] s_peopleDenHaag =
    [
        new("999999333", null, Doelgroep.Gezinsmigrant, DaysSinceKoppeling: 45),
        new("999991905", null, Doelgroep.OverigeMigrant, DaysSinceKoppeling: 20),
        new(null, "2345678901", Doelgroep.Asielstatushouder, DaysSinceKoppeling: 3),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var gemeente = tenant.Required.Value;
        var today = AmsterdamTime.Today(timeProvider);

        var people = gemeente == "0518" ? s_peopleDenHaag : s_people;

        var created = 0;
        for (var i = 0; i < people.Length; i++)
        {
            var person = people[i];
            var koppeldatum = today.AddDays(-person.DaysSinceKoppeling).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var input = new RegistrationInput(person.Bsn, person.VNummer, person.Doelgroep.ToString(), koppeldatum, nameof(WetRegime.Wi2021));

            var result = await registration.RegisterAsync(input, cancellationToken);

            if (result.Outcome == RegistrationOutcome.Created)
            {
                created++;
                if (person.Beperkt)
                {
                    await RestrictAsync(result.DossierId!.Value, cancellationToken);
                }
            }
            else if (result.Outcome == RegistrationOutcome.Invalid)
            {
                Log.DemoDossierNotRegistered(logger, i, gemeente, string.Join(", ", result.Errors.Select(e => e.FieldKey)));
            }
        }

        Log.DemoDataSeeded(logger, created, gemeente);
    }

    /// <summary>Restricts the processing of a demo dossier, as a consulent does after a withdrawal by DUO, so the privacy officer has one to open.</summary>
    private async Task RestrictAsync(Guid dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == dossierId, cancellationToken);
        dossier.BeperktOp = AmsterdamTime.Today(timeProvider);
        dossier.BeperkingReden = "Intrekking door DUO (voorbeeld)";
        dossier.BeperktDoor = user.UserId;
        await db.SaveChangesAsync(cancellationToken);

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.Beperking, ProcessingOperation.Update, DossierSubject.Of(dossier)),
            cancellationToken);
    }

    private sealed record DemoPerson(string? Bsn, string? VNummer, Doelgroep Doelgroep, int DaysSinceKoppeling)
    {
        /// <summary>Whether the demo restricts the dossier's processing after registering it.</summary>
        public bool Beperkt { get; init; }
    }
}
