using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Inburgering.Plugin.Termijn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Handhaving;

/// <summary>
/// Records the gemeente's decision on a fine: imposed with amount and date, or decided against with a reason. The
/// module only records what the employee decided. The record id is the dossier id.
/// </summary>
internal sealed class LegHandhavingsbesluitVastAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<LegHandhavingsbesluitVastAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.handhaving.besluit";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Besluit over een boete vastleggen", "Record a decision on a fine"),
        [HandhavingFields.Boete, HandhavingFields.Uitkomst, HandhavingFields.Bedrag, HandhavingFields.Besluitdatum, HandhavingFields.Reden],
        InburgeringPermissions.HandhavingEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await TermijnEdit.LoadOpenAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        var errors = new List<FieldError>();
        if (!TermijnEdit.TryParseChoice<Maatregel>(request.Value(HandhavingFields.Boete.Key), out var maatregel))
        {
            errors.Add(TermijnEdit.ChoiceError(HandhavingFields.Boete));
        }

        if (!TermijnEdit.TryParseChoice<BesluitUitkomst>(request.Value(HandhavingFields.Uitkomst.Key), out var uitkomst))
        {
            errors.Add(TermijnEdit.ChoiceError(HandhavingFields.Uitkomst));
        }

        var (bedrag, bedragError) = ParseBedrag(request.Value(HandhavingFields.Bedrag.Key));
        if (bedragError is not null)
        {
            errors.Add(bedragError);
        }

        if (!Datum.TryParse(request.Value(HandhavingFields.Besluitdatum.Key), out var besluitdatum))
        {
            errors.Add(TermijnEdit.DateError(HandhavingFields.Besluitdatum));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var feiten = await db.HandhavingFeiten.Where(f => f.DossierId == dossier.Id).ToListAsync(cancellationToken);
        var reden = request.Value(HandhavingFields.Reden.Key);
        errors.AddRange(BesluitRegels.Valideer(maatregel, uitkomst, bedrag, besluitdatum, reden, dossier.Doelgroep, feiten, AmsterdamTime.Today(clock)));
        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        db.HandhavingBesluiten.Add(new HandhavingBesluit
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            Gemeente = dossier.Gemeente,
            Maatregel = maatregel,
            Uitkomst = uitkomst,
            Bedrag = bedrag,
            Besluitdatum = besluitdatum,
            Reden = reden,
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        });

        if (await TermijnEdit.SaveAsync(db, dossier, processingLog, logger, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.HandhavingsbesluitVastgelegd(logger, dossier.Id, maatregel, uitkomst);

        return TermijnEdit.Saved(dossier, new LocalizedText("Het besluit is vastgelegd.", "The decision was recorded."));
    }

    /// <summary>Parses an amount in euros with a point or a comma for the cents; empty is no amount.</summary>
    private static (decimal? Bedrag, FieldError? Error) ParseBedrag(string? text)
    {
        if (text is null)
        {
            return (null, null);
        }

        if (!decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var bedrag))
        {
            return (null, new FieldError(HandhavingFields.Bedrag.Key, new LocalizedText(
                "Vul het bedrag in euro in als getal, bijvoorbeeld 250 of 125,50.",
                "Enter the amount in euros as a number, for example 250 or 125.50.")));
        }

        return (bedrag, null);
    }
}
