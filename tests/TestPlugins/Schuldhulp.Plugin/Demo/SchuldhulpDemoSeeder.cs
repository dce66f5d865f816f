using System.Globalization;
using Host.Abstractions;
using Microsoft.Extensions.Logging;
using Schuldhulp.Plugin.Aanmeldingen;

namespace Schuldhulp.Plugin.Demo;

/// <summary>
/// Registers demo aanmeldingen for persons of the RvIG BRP test set in the current gemeente, through the same
/// registration as staff use. A person who is not yet a client becomes one; an existing aanmelding is left as is.
/// </summary>
internal sealed class SchuldhulpDemoSeeder(
    AanmeldingRegistration registration,
    ITenantContext tenant,
    TimeProvider timeProvider,
    ILogger<SchuldhulpDemoSeeder> logger) : IDemoDataSeeder
{
    /// <summary>The people of the first demo gemeente, and of any gemeente without a list of its own.</summary>
    private static readonly DemoAanmelding[] s_people =
    [
        new("999993847", DaysAgo: 10),
        new("999993483", DaysAgo: 2),
    ];

    /// <summary>Other people for 's-Gravenhage (0518), so the two demo gemeenten are easy to distinguish.</summary>
    private static readonly DemoAanmelding[] s_peopleDenHaag =
    [
        new("999993872", DaysAgo: 5),
        new("999993550", DaysAgo: 1),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var gemeente = tenant.Required.Value;
        var today = AmsterdamTime.Today(timeProvider);
        var people = gemeente == "0518" ? s_peopleDenHaag : s_people;

        var created = 0;
        for (var i = 0; i < people.Length; i++)
        {
            var aanmelddatum = today.AddDays(-people[i].DaysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var result = await registration.RegisterAsync(people[i].Bsn, aanmelddatum, cancellationToken);

            if (result.Outcome == AanmeldingOutcome.Created)
            {
                created++;
            }
            else if (result.Outcome == AanmeldingOutcome.Invalid)
            {
                Log.DemoAanmeldingNotRegistered(logger, i, gemeente, string.Join(", ", result.Errors.Select(e => e.FieldKey)));
            }
        }

        Log.DemoDataSeeded(logger, created, gemeente);
    }

    private sealed record DemoAanmelding(string Bsn, int DaysAgo);
}
