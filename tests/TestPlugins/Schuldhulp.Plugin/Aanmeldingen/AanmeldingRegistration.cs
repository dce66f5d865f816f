using System.Globalization;
using Host.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Schuldhulp.Plugin.Persistence;

namespace Schuldhulp.Plugin.Aanmeldingen;

/// <summary>
/// Registers the aanmelding of a client for schuldhulpverlening in the current gemeente, on the client's BSN.
/// The action and the demo data both use this class.
/// </summary>
internal sealed class AanmeldingRegistration(
    SchuldhulpDbContext db,
    ClientLookup clientLookup,
    ITenantContext tenant,
    ICurrentUser currentUser,
    IProcessingLog processingLog,
    IWorkflowEngine workflows,
    TimeProvider timeProvider,
    ILogger<AanmeldingRegistration> logger)
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy"];
    private static readonly CultureInfo s_dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The day the Wet gemeentelijke schuldhulpverlening took effect; no earlier aanmelding falls under it.</summary>
    private static readonly DateOnly s_wgsInForce = new(2012, 7, 1);

    /// <summary>
    /// Validates the input and saves the aanmelding, or returns the client's existing aanmelding unchanged. A BSN
    /// of a person who is not yet a client of the gemeente registers that person from the BRP first.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is no current gemeente or no logged-in user.</exception>
    public async Task<AanmeldingResult> RegisterAsync(string? bsnText, string? aanmelddatumText, CancellationToken cancellationToken)
    {
        var gemeente = tenant.Required.Value;
        if (!currentUser.IsAuthenticated)
        {
            throw new InvalidOperationException("Registering an aanmelding needs a logged-in user, but the request has none.");
        }

        var errors = new List<FieldError>();
        var bsn = ParseBsn(bsnText, errors);
        var aanmelddatum = ParseAanmelddatum(aanmelddatumText, AmsterdamTime.Today(timeProvider), errors);
        if (errors.Count > 0 || bsn is null || aanmelddatum is null)
        {
            return AanmeldingResult.Invalid(errors);
        }

        var (client, clientError) = await clientLookup.FindOrRegisterAsync(bsn.Value, cancellationToken);
        if (client is null)
        {
            return AanmeldingResult.Invalid([new FieldError(AanmeldingFields.Bsn.Key, clientError!)]);
        }

        if (await FindExistingAsync(client.ClientId, cancellationToken) is { } existing)
        {
            return AanmeldingResult.AlreadyExists(existing.Aanmelddatum);
        }

        var aanmelding = new Aanmelding
        {
            Id = Guid.NewGuid(),
            Gemeente = gemeente,
            ClientId = client.ClientId,
            Aanmelddatum = aanmelddatum.Value,
            GeregistreerdOp = timeProvider.GetUtcNow(),
            GeregistreerdDoor = currentUser.UserId,
        };

        db.Aanmeldingen.Add(aanmelding);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index on (gemeente, client) caught a concurrent registration of the same client. Whatever
            // else went wrong is rethrown.
            db.Entry(aanmelding).State = EntityState.Detached;
            if (await FindExistingAsync(client.ClientId, cancellationToken) is not { } concurrent)
            {
                throw;
            }

            Log.ConcurrentAanmelding(logger, client.ClientId);
            return AanmeldingResult.AlreadyExists(concurrent.Aanmelddatum);
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(SchuldhulpProcessingActivities.Aanmelding, ProcessingOperation.Create, DataSubject.FromBsn(client.Bsn)),
            cancellationToken);
        await workflows.StartAsync(AanmeldingWorkflow.WorkflowId, aanmelding.Id.ToString(), cancellationToken);
        Log.AanmeldingRegistered(logger, aanmelding.Id);
        return AanmeldingResult.Created(aanmelding.Aanmelddatum);
    }

    /// <summary>Formats a date as staff read it, for example <c>3 december 2026</c>.</summary>
    public static LocalizedText FormatDate(DateOnly date) =>
        new(date.ToString("d MMMM yyyy", s_dutch), date.ToString("d MMMM yyyy", s_english));

    private Task<Aanmelding?> FindExistingAsync(string clientId, CancellationToken cancellationToken) =>
        db.Aanmeldingen.AsNoTracking().FirstOrDefaultAsync(a => a.ClientId == clientId, cancellationToken);

    private static Bsn? ParseBsn(string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError(AanmeldingFields.Bsn.Key, new LocalizedText(
                "Vul het BSN van de klant in. Een BSN heeft 9 cijfers.",
                "Enter the client's BSN. A BSN has 9 digits.")));
            return null;
        }

        if (!Bsn.TryParse(text, out var bsn, out var error))
        {
            errors.Add(new FieldError(AanmeldingFields.Bsn.Key, BsnErrorMessages.For(error.Value)));
            return null;
        }

        return bsn;
    }

    /// <summary>Parses the aanmelddatum, which must lie between 1 July 2012 and <paramref name="today"/> in Europe/Amsterdam.</summary>
    private static DateOnly? ParseAanmelddatum(string? text, DateOnly today, List<FieldError> errors)
    {
        var key = AanmeldingFields.Aanmelddatum.Key;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "Vul de aanmelddatum in: de dag waarop de klant om schuldhulp vroeg.",
                "Enter the application date: the day the client asked for debt counselling.")));
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "De aanmelddatum is geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 01-12-2026.",
                "The application date is not a valid date. Write it as dd-mm-yyyy, for example 01-12-2026.")));
            return null;
        }

        if (date > today)
        {
            var formatted = FormatDate(today);
            errors.Add(new FieldError(key, new LocalizedText(
                $"De aanmelddatum ligt na vandaag ({formatted.Nl}). Vul de dag in waarop de klant zich al heeft aangemeld.",
                $"The application date is after today ({formatted.En}). Enter the day the client applied.")));
            return null;
        }

        if (date < s_wgsInForce)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "De aanmelddatum ligt vóór 1 juli 2012, toen de Wet gemeentelijke schuldhulpverlening inging. Controleer de datum.",
                "The application date is before 1 July 2012, when the Municipal Debt Counselling Act took effect. Check the date.")));
            return null;
        }

        return date;
    }
}
