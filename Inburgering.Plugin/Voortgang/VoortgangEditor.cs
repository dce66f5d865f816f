using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// The steps every voortgang action shares: load the dossier at the version the user saw, reject a restricted one, and
/// save the change with a new dossier version, the move to InTraject and the processing log record.
/// </summary>
internal sealed class VoortgangEditor(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    IPluginSettings settings,
    ILeerrouteVanDossier leerroutes,
    ILogger<VoortgangEditor> logger)
{
    private static readonly string[] s_dateFormats = ["yyyy-MM-dd", "d-M-yyyy"];

    public InburgeringDbContext Db => db;

    public string UserId => user.UserId;

    public DateOnly Today => AmsterdamTime.Today(clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    public ILogger Logger => logger;

    /// <summary>Loads the tracked dossier of the request; returns a rejection for an unknown, changed or restricted dossier.</summary>
    public async Task<(Dossier? Dossier, ActionResult? Rejection)> LoadAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        var (dossier, rejection) = await DossierEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return (null, rejection);
        }

        if (dossier.IsBeperkt)
        {
            return (null, BeperkingNotice.Rejection);
        }

        return (dossier, null);
    }

    /// <summary>Returns the leerroute of the dossier's PIP, or <see langword="null"/> when it is unknown.</summary>
    public Task<PipLeerroute?> LeerrouteAsync(Dossier dossier, CancellationToken cancellationToken) => leerroutes.LeesAsync(dossier.Id, cancellationToken);

    /// <summary>Returns the hour targets of the current gemeente.</summary>
    public Task<UrenDoelen> DoelenAsync(CancellationToken cancellationToken) => UrenDoelen.LeesAsync(settings, cancellationToken);

    /// <summary>Returns the hours of <paramref name="dossier"/> added up.</summary>
    public async Task<Uren.UrenTotalen> UrenAsync(Dossier dossier, CancellationToken cancellationToken) =>
        Uren.UrenTotalen.Van(await db.Urenregels.AsNoTracking().Where(r => r.DossierId == dossier.Id).ToListAsync(cancellationToken));

    /// <summary>
    /// Saves the change with a new version of <paramref name="dossier"/>. When <paramref name="startTraject"/> is set and
    /// the dossier has status PipVastgesteld, it moves to InTraject: the first recorded progress starts the traject.
    /// Records <paramref name="operation"/> in the processing log. Returns a conflict, with nothing saved, when another
    /// user saved the dossier first.
    /// </summary>
    public async Task<ActionResult?> SaveAsync(Dossier dossier, ProcessingOperation operation, bool startTraject, CancellationToken cancellationToken)
    {
        db.Entry(dossier).Property(d => d.ConcurrencyStamp).IsModified = true;

        var trajectGestart = startTraject && dossier.Status == DossierStatus.PipVastgesteld;
        if (trajectGestart)
        {
            var (wijziging, error) = DossierLifecycle.Move(dossier, DossierStatus.InTraject, Today, user.UserId, "Eerste voortgang vastgelegd");
            db.StatusWijzigingen.Add(wijziging ?? throw new InvalidOperationException(error!.En));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.DossierChangedConcurrently(logger, dossier.Id);
            return ActionResult.Conflict(DossierEdit.ChangedMessage);
        }

        if (trajectGestart)
        {
            Log.TrajectStarted(logger, dossier.Id);
        }

        await processingLog.RecordAsync(new ProcessingRecord(InburgeringProcessingActivities.Voortgang, operation, DossierSubject.Of(dossier)), cancellationToken);
        return null;
    }

    /// <summary>The result of a saved change: back to the voortgang screen of the dossier with <paramref name="message"/>.</summary>
    public static ActionResult Saved(Dossier dossier, LocalizedText message) =>
        ActionResult.Success(new ScreenLink(DossierOnderdelen.VoortgangScreenId, dossier.Id.ToString()), message);

    /// <summary>Parses a date as <c>yyyy-MM-dd</c> or <c>d-M-yyyy</c>.</summary>
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, s_dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses a number with a decimal comma or point.</summary>
    public static bool TryParseNumber(string? text, out decimal number) =>
        decimal.TryParse(text?.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    /// <summary>Parses the code of a choice into <typeparamref name="TEnum"/>; only defined names count.</summary>
    public static bool TryParseChoice<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value) && !int.TryParse(text, out _);

    /// <summary>
    /// Reads the optional date of <paramref name="field"/>: <see langword="null"/> when empty. Adds an error and returns
    /// <see langword="null"/> when the value is no date or lies after <paramref name="latest"/>.
    /// </summary>
    public static DateOnly? OptionalDate(ActionRequest request, FieldDefinition field, DateOnly? latest, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(errors);

        var text = request.Value(field.Key);
        if (text is null)
        {
            return null;
        }

        if (!TryParseDate(text, out var date))
        {
            errors.Add(InvalidDate(field));
            return null;
        }

        if (date > latest)
        {
            errors.Add(FutureDate(field, latest.Value));
            return null;
        }

        return date;
    }

    /// <summary>Returns the error for a date field that is not a valid date.</summary>
    public static FieldError InvalidDate(FieldDefinition field) =>
        new(field.Key, new LocalizedText(
            $"Vul {field.Label.Nl.ToLowerInvariant()} in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
            $"Enter {field.Label.En.ToLowerInvariant()} as dd-mm-yyyy, for example 04-12-2026."));

    /// <summary>Returns the error for a date field with a date after today.</summary>
    public static FieldError FutureDate(FieldDefinition field, DateOnly today) =>
        new(field.Key, new LocalizedText(
            $"{field.Label.Nl} mag niet na vandaag ({Dutch(today)}) liggen. Kies een datum tot en met vandaag.",
            $"{field.Label.En} cannot be after today ({Dutch(today)}). Choose a date up to today."));

    /// <summary>Returns the error for a required field left empty.</summary>
    public static FieldError Missing(FieldDefinition field) =>
        new(field.Key, new LocalizedText(
            $"Vul {field.Label.Nl.ToLowerInvariant()} in; dit veld is verplicht.",
            $"Enter {field.Label.En.ToLowerInvariant()}; this field is required."));

    /// <summary>Formats a date as dd-mm-jjjj.</summary>
    public static string Dutch(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    /// <summary>Formats hours with a decimal comma, as Dutch users read them.</summary>
    public static string UrenNl(decimal uren) => uren.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>Formats hours with a decimal point.</summary>
    public static string UrenEn(decimal uren) => uren.ToString("0.##", CultureInfo.InvariantCulture);
}
