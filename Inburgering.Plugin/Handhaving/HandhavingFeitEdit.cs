using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Termijn;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Handhaving;

/// <summary>The steps the three handhaving fact actions share: check the date, add the fact, save and log.</summary>
internal static class HandhavingFeitEdit
{
    /// <summary>
    /// Returns the date of the fact, or an error when it is not a date or lies outside the period from
    /// <paramref name="vanaf"/> to <paramref name="vandaag"/>.
    /// </summary>
    public static (DateOnly Datum, FieldError? Error) ParseDatum(ActionRequest request, FieldDefinition field, DateOnly vanaf, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(field);

        if (!Datum.TryParse(request.Value(field.Key), out var datum))
        {
            return (default, TermijnEdit.DateError(field));
        }

        if (datum < vanaf || datum > vandaag)
        {
            return (default, TermijnMessages.DatumBuitenPeriode(field, vanaf, vandaag));
        }

        return (datum, null);
    }

    /// <summary>Adds the fact to <paramref name="dossier"/>, saves with a new dossier version and logs it.</summary>
    public static async Task<ActionResult> AddAsync(
        InburgeringDbContext db,
        Dossier dossier,
        HandhavingFeit feit,
        IProcessingLog processingLog,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(feit);

        db.HandhavingFeiten.Add(feit);

        if (await TermijnEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.HandhavingFeitVastgelegd(logger, dossier.Id, feit.Soort);

        return TermijnEdit.Saved(dossier, new LocalizedText(
            "Het feit is vastgelegd. Bekijk de voorstellen voor handhaving; de gemeente beslist zelf.",
            "The fact was recorded. Review the enforcement proposals; the municipality decides itself."));
    }
}
