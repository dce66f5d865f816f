using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Begeleiding;

/// <summary>
/// The steps every begeleiding action shares: load the open, unrestricted dossier at the version the user saw, and save
/// a change of its ontzorgen, begeleiding or gesprekken as a change of the dossier, so a stale form is rejected.
/// </summary>
internal static class BegeleidingEdit
{
    /// <summary>
    /// Loads the tracked dossier of the request. Returns a rejection when it does not exist, changed since the user
    /// opened it, is restricted or is closed.
    /// </summary>
    public static async Task<(Dossier? Dossier, ActionResult? Rejection)> LoadAsync(InburgeringDbContext db, ActionRequest request, ILogger logger, CancellationToken cancellationToken)
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
            return (null, ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Dit dossier is afgesloten; ontzorgen, begeleiding en voortgangsgesprekken kunnen niet meer worden gewijzigd.",
                "This dossier is closed; unburdening, guidance and progress meetings can no longer be changed."))));
        }

        return (dossier, null);
    }

    /// <summary>
    /// Gives <paramref name="dossier"/> a new version together with the change of its parts, then saves and records one
    /// Update of the begeleiding activity. Returns a conflict, with nothing saved, when another user saved first.
    /// </summary>
    public static Task<ActionResult?> SaveAsync(InburgeringDbContext db, Dossier dossier, IProcessingLog processingLog, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Marking the stamp modified makes the save check the version the user saw and store a new one.
        db.Entry(dossier).Property(d => d.ConcurrencyStamp).IsModified = true;

        return DossierEdit.SaveAsync(db, dossier, processingLog, InburgeringProcessingActivities.Begeleiding, logger, cancellationToken);
    }

    /// <summary>
    /// Returns the rejection of ontzorgen or begeleiding for a dossier whose doelgroep is not asielstatushouder:
    /// <paramref name="regel"/> states who it applies to, and the rest names the dossier's doelgroep.
    /// </summary>
    public static ActionResult AlleenAsielstatushouders(LocalizedText regel, Doelgroep doelgroep)
    {
        ArgumentNullException.ThrowIfNull(regel);

        var label = DossierFields.Doelgroep.ChoiceLabel(doelgroep.ToString()) ?? new LocalizedText(doelgroep.ToString(), doelgroep.ToString());
        return ActionResult.Invalid(new FieldError("", new LocalizedText(
            $"{regel.Nl} Deze inburgeraar hoort bij de doelgroep {label.Nl.ToLowerInvariant()}; er is niets vastgelegd.",
            $"{regel.En} This person belongs to the target group {label.En.ToLowerInvariant()}; nothing was recorded.")));
    }

    /// <summary>Returns an error for each text input of <paramref name="inputs"/> whose value is longer than its maximum.</summary>
    public static IEnumerable<FieldError> TooLong(ActionRequest request, IEnumerable<FieldDefinition> inputs)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(inputs);

        foreach (var field in inputs)
        {
            if (field.MaxLength is { } max && request.Value(field.Key) is { } value && value.Length > max)
            {
                yield return new FieldError(field.Key, new LocalizedText(
                    $"'{field.Label.Nl}' is {value.Length} tekens lang; het maximum is {max}. Kort de tekst in.",
                    $"'{field.Label.En}' is {value.Length} characters long; the maximum is {max}. Shorten the text."));
            }
        }
    }
}
