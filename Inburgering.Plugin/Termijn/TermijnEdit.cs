using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Screens;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Termijn;

/// <summary>The steps the termijn and handhaving actions share: load an open dossier, give it a new version, save.</summary>
internal static class TermijnEdit
{
    public static LocalizedText GeslotenMessage { get; } = new(
        "Dit dossier is afgesloten; er kan niets meer worden vastgelegd.",
        "This dossier is closed; nothing more can be recorded.");

    /// <summary>
    /// Loads the dossier of the request as <see cref="DossierEdit.LoadAsync"/> does, and rejects a restricted or closed
    /// dossier.
    /// </summary>
    public static async Task<(Dossier? Dossier, ActionResult? Rejection)> LoadOpenAsync(InburgeringDbContext db, ActionRequest request, ILogger logger, CancellationToken cancellationToken)
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

        if (dossier.Status.IsFinal())
        {
            return (null, ActionResult.Invalid(new FieldError("", GeslotenMessage)));
        }

        return (dossier, null);
    }

    /// <summary>
    /// Saves the change with a new version of <paramref name="dossier"/>, also when only rows that belong to it changed,
    /// so a user who saw the old version gets a conflict. Records one Update of the handhaving activity.
    /// </summary>
    public static Task<ActionResult?> SaveAsync(InburgeringDbContext db, Dossier dossier, IProcessingLog processingLog, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        db.Entry(dossier).Property(d => d.ConcurrencyStamp).IsModified = true;

        return DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.Handhaving, logger, cancellationToken);
    }

    /// <summary>Returns success, back on the termijn screen of <paramref name="dossier"/>.</summary>
    public static ActionResult Saved(Dossier dossier, LocalizedText message) =>
        ActionResult.Success(new ScreenLink(DossierOnderdelen.TermijnScreenId, dossier.Id.ToString()), message);

    /// <summary>Returns the error for a date field that is missing or not a date.</summary>
    public static FieldError DateError(FieldDefinition field) => new(field.Key, new LocalizedText(
        $"Vul '{field.Label.Nl}' in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
        $"Enter '{field.Label.En}' as dd-mm-yyyy, for example 04-12-2026."));

    /// <summary>Returns the error for a choice field whose value is not one of its options.</summary>
    public static FieldError ChoiceError(FieldDefinition field) => new(field.Key, new LocalizedText(
        $"Kies '{field.Label.Nl}' uit de lijst.",
        $"Choose '{field.Label.En}' from the list."));

    /// <summary>Parses the value of a choice field into <typeparamref name="TEnum"/>; only a defined name counts.</summary>
    public static bool TryParseChoice<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum =>
        Enum.TryParse(value, ignoreCase: false, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);
}
