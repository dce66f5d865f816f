using Host.Abstractions;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// Refers the dossier's inburgeraar to an active aanbieder for one onderdeel from a start date. The record id is the
/// dossier id. A dossier can have one running aanmelding per aanbieder and onderdeel.
/// </summary>
internal sealed class MeldAanAction(AanmeldingEditor editor) : IActionHandler
{
    public const string ActionId = "inburgering.aanmelden";

    private ActionDefinition? _definition;

    /// <summary>
    /// The form, whose aanbieder choices are the active aanbieders of the current gemeente. The host reads the definition
    /// without awaiting, so the choices are read synchronously, once per request; outside a gemeente there are none.
    /// </summary>
    public ActionDefinition Definition => _definition ??= new ActionDefinition(
        ActionId,
        new LocalizedText("Aanmelden bij een aanbieder", "Refer to a course provider"),
        [
            AanbiederFields.Aanbieder with { Type = FieldType.Choice, Required = true, Choices = ActieveAanbieders() },
            AanbiederFields.Onderdeel with { Required = true },
            AanbiederFields.Startdatum with
            {
                Required = true,
                Hint = new LocalizedText("De eerste lesdag; niet voor de koppeldatum.", "The first day of the course; not before the koppeldatum."),
            },
        ],
        InburgeringPermissions.AanmeldingEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await editor.LoadAsync(request, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        var errors = new List<FieldError>();
        Aanbieder? aanbieder = null;
        if (Guid.TryParse(request.Value(AanbiederFields.Aanbieder.Key), out var aanbiederId))
        {
            aanbieder = await editor.Db.Aanbieders.AsNoTracking().SingleOrDefaultAsync(a => a.Id == aanbiederId && a.Actief, cancellationToken);
        }

        if (aanbieder is null)
        {
            errors.Add(new FieldError(AanbiederFields.Aanbieder.Key, new LocalizedText(
                "Kies een actieve aanbieder uit de lijst.",
                "Choose an active course provider from the list.")));
        }

        if (!OnderdeelCodes.TryParse(request.Value(AanbiederFields.Onderdeel.Key), out var onderdeel))
        {
            errors.Add(new FieldError(AanbiederFields.Onderdeel.Key, new LocalizedText(
                "Kies het onderdeel uit de lijst.",
                "Choose the part from the list.")));
        }

        if (!AanmeldingEditor.TryParseDate(request.Value(AanbiederFields.Startdatum.Key), out var startdatum))
        {
            errors.Add(AanmeldingEditor.InvalidDate(AanbiederFields.Startdatum));
        }
        else if (startdatum < dossier.Koppeldatum)
        {
            errors.Add(new FieldError(AanbiederFields.Startdatum.Key, new LocalizedText(
                $"De startdatum mag niet voor de koppeldatum ({AanmeldingEditor.Dutch(dossier.Koppeldatum)}) liggen. Kies een latere datum.",
                $"The start date cannot be before the koppeldatum ({AanmeldingEditor.Dutch(dossier.Koppeldatum)}). Choose a later date.")));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        var lopend = await editor.Db.Aanmeldingen.AsNoTracking()
            .Where(m => m.DossierId == dossier.Id && m.AanbiederId == aanbieder!.Id && m.Onderdeel == onderdeel && m.Einddatum == null)
            .FirstOrDefaultAsync(cancellationToken);
        if (lopend is not null)
        {
            return ActionResult.Invalid(new FieldError(AanbiederFields.Onderdeel.Key, new LocalizedText(
                $"Deze inburgeraar is al aangemeld bij {aanbieder!.Naam} voor {OnderdeelCodes.Code(onderdeel)} (aanmelding {AanmeldingNummer.Van(lopend)}, sinds {AanmeldingEditor.Dutch(lopend.Startdatum)}). Beëindig die aanmelding eerst, of kies een ander onderdeel.",
                $"This integration client is already referred to {aanbieder.Naam} for {OnderdeelCodes.Code(onderdeel)} (referral {AanmeldingNummer.Van(lopend)}, since {AanmeldingEditor.Dutch(lopend.Startdatum)}). End that referral first, or choose another part.")));
        }

        var aanmelding = new Aanmelding
        {
            Id = Guid.CreateVersion7(),
            DossierId = dossier.Id,
            AanbiederId = aanbieder!.Id,
            Gemeente = dossier.Gemeente,
            Onderdeel = onderdeel,
            Startdatum = startdatum,
            AangemeldOp = editor.Now,
            AangemeldDoor = editor.UserId,
        };
        editor.Db.Aanmeldingen.Add(aanmelding);

        if (await editor.SaveAsync(dossier, ProcessingOperation.Create, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.AanmeldingCreated(editor.Logger, aanmelding.Id, aanbieder.Id, dossier.Id);

        return ActionResult.Success(
            new ScreenLink(AanmeldingenScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText(
                $"Aangemeld bij {aanbieder.Naam} voor {OnderdeelCodes.Code(onderdeel)} vanaf {AanmeldingEditor.Dutch(startdatum)}.",
                $"Referred to {aanbieder.Naam} for {OnderdeelCodes.Code(onderdeel)} from {AanmeldingEditor.Dutch(startdatum)}."));
    }

    private List<ChoiceOption> ActieveAanbieders()
    {
        if (editor.Db.CurrentGemeente is null)
        {
            return [];
        }

        return editor.Db.Aanbieders.AsNoTracking()
            .Where(a => a.Actief)
            .OrderBy(a => a.Naam)
            .ThenBy(a => a.Id)
            .AsEnumerable()
            .Select(a => new ChoiceOption(a.Id.ToString(), new LocalizedText(Label(a), Label(a))))
            .ToList();
    }

    private static string Label(Aanbieder aanbieder) =>
        aanbieder.Vestigingsnummer is null
            ? $"{aanbieder.Naam} (KvK {aanbieder.KvkNummer})"
            : $"{aanbieder.Naam} (KvK {aanbieder.KvkNummer}, vestiging {aanbieder.Vestigingsnummer})";
}
