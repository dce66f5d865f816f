using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Privacy;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoPortaal;

/// <summary>
/// Marks an open item of the worklist as registered in the DUO portal, with the day and an optional note. The record
/// id is the item id. For a PVT signing or a MAP result it also fills the PVT's or MAP's DUO registration date when that
/// is empty and the item is for the current fact. The deadline scan then closes its reminder task.
/// </summary>
internal sealed class VinkDuoRegistratieAfAction(
    InburgeringDbContext db,
    IProcessingLog processingLog,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<VinkDuoRegistratieAfAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.duo-registratie-afvinken";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Afvinken als geregistreerd", "Mark as registered"),
        [DuoRegistratieFields.GeregistreerdOp with { Required = true }, DuoRegistratieFields.Toelichting],
        InburgeringPermissions.DuoRegistratieEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var registratie = Guid.TryParse(request.RecordId, out var registratieId)
            ? await db.DuoRegistraties.SingleOrDefaultAsync(r => r.Id == registratieId, cancellationToken)
            : null;
        if (registratie is null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Deze registratie bestaat niet in deze gemeente. Open haar opnieuw vanuit de lijst 'Registreren in het DUO-portaal'.",
                "This registration does not exist in this municipality. Open it again from the list 'Register in the DUO portal'.")));
        }

        if (registratie.Status != DuoRegistratieStatus.Open)
        {
            return NietOpen;
        }

        var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == registratie.DossierId, cancellationToken);
        if (dossier.IsBeperkt)
        {
            return BeperkingNotice.Rejection;
        }

        var errors = new List<FieldError>();
        var geregistreerdOp = ParseGeregistreerdOp(request, registratie.Datum, AmsterdamTime.Today(clock), errors);
        var toelichting = LevensloopInput.ParseText(request, DuoRegistratieFields.Toelichting, null, errors);
        if (geregistreerdOp is null)
        {
            return ActionResult.Invalid(errors);
        }

        registratie.Status = DuoRegistratieStatus.Geregistreerd;
        registratie.GeregistreerdOp = geregistreerdOp;
        registratie.GeregistreerdDoor = user.UserId;
        registratie.AfgevinktOp = clock.GetUtcNow();
        registratie.Toelichting = toelichting;
        await VulOnderdeelAsync(registratie, geregistreerdOp.Value, cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.DuoRegistratieGelijktijdigGewijzigd(logger, registratie.Id);
            return NietOpen;
        }

        await processingLog.RecordAsync(
            new ProcessingRecord(InburgeringProcessingActivities.DuoRegistratie, ProcessingOperation.Update, DossierSubject.Of(dossier)),
            cancellationToken);
        Log.DuoRegistratieAfgevinkt(logger, registratie.Id, dossier.Id, geregistreerdOp.Value);

        return ActionResult.Success(
            new ScreenLink(DuoRegistratiesScreen.ScreenId, null),
            new LocalizedText("De registratie in het DUO-portaal is afgevinkt.", "The registration in the DUO portal was marked done."));
    }

    private static ActionResult NietOpen { get; } = ActionResult.Invalid(new FieldError("", new LocalizedText(
        "Deze registratie is niet meer open: iemand heeft haar al afgevinkt, of een later feit heeft haar vervangen. Open de lijst opnieuw om te zien wat nog open is.",
        "This registration is no longer open: someone already marked it done, or a later fact replaced it. Open the list again to see what is still open.")));

    /// <summary>Parses the registration day: required, not in the future and not before the fact itself.</summary>
    private static DateOnly? ParseGeregistreerdOp(ActionRequest request, DateOnly feitDatum, DateOnly today, List<FieldError> errors)
    {
        var key = DuoRegistratieFields.GeregistreerdOp.Key;
        if (DateInput.Parse(request.Value(key)) is not { } datum)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                "Vul de dag van registratie in het DUO-portaal in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "Enter the day of registration in the DUO portal as dd-mm-yyyy, for example 04-12-2026.")));
            return null;
        }

        if (datum > today)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                $"De dag van registratie ({DateInput.Dutch(datum)}) ligt in de toekomst. Kies vandaag ({DateInput.Dutch(today)}) of een eerdere dag.",
                $"The day of registration ({DateInput.English(datum)}) is in the future. Choose today ({DateInput.English(today)}) or an earlier day.")));
            return null;
        }

        if (datum < feitDatum)
        {
            errors.Add(new FieldError(key, new LocalizedText(
                $"De dag van registratie ({DateInput.Dutch(datum)}) ligt vóór de datum van het feit ({DateInput.Dutch(feitDatum)}). Kies {DateInput.Dutch(feitDatum)} of later.",
                $"The day of registration ({DateInput.English(datum)}) is before the date of the fact ({DateInput.English(feitDatum)}). Choose {DateInput.English(feitDatum)} or later.")));
            return null;
        }

        return datum;
    }

    /// <summary>Fills the DUO registration date of the PVT or MAP when the item is for its current signing or eindgesprek.</summary>
    private async Task VulOnderdeelAsync(DuoRegistratie registratie, DateOnly geregistreerdOp, CancellationToken cancellationToken)
    {
        if (registratie.Soort == DuoRegistratieSoort.PvtOndertekend)
        {
            var pvt = await db.PvtOnderdelen.SingleOrDefaultAsync(p => p.DossierId == registratie.DossierId, cancellationToken);
            if (pvt is { DuoGeregistreerdOp: null } && pvt.DatumOndertekening == registratie.Datum)
            {
                pvt.DuoGeregistreerdOp = geregistreerdOp;
            }
        }
        else if (registratie.Soort == DuoRegistratieSoort.MapResultaat)
        {
            var map = await db.MapOnderdelen.SingleOrDefaultAsync(m => m.DossierId == registratie.DossierId, cancellationToken);
            if (map is { DuoGeregistreerdOp: null } && map.DatumEindgesprek == registratie.Datum && map.Resultaat == registratie.Resultaat)
            {
                map.DuoGeregistreerdOp = geregistreerdOp;
            }
        }
    }
}
