using Host.Abstractions;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// Ends a running aanmelding of the dossier on an einddatum, named by the number the aanmeldingen list shows. The record
/// id is the dossier id. After it, the aanbieder can no longer deliver for this aanmelding.
/// </summary>
internal sealed class BeeindigAanmeldingAction(AanmeldingEditor editor) : IActionHandler
{
    public const string ActionId = "inburgering.aanmelding-beeindigen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Aanmelding beëindigen", "End referral"),
        [
            AanbiederFields.Aanmeldingsnummer with
            {
                Required = true,
                Hint = new LocalizedText("Het aanmeldingsnummer uit de lijst met aanmeldingen.", "The referral number from the list of referrals."),
            },
            AanbiederFields.Einddatum with
            {
                Required = true,
                Hint = new LocalizedText("De laatste lesdag; niet voor de startdatum en niet in de toekomst.", "The last day of the course; not before the start date and not in the future."),
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

        var aanmeldingen = await editor.Db.Aanmeldingen.Where(m => m.DossierId == dossier.Id).ToListAsync(cancellationToken);
        var nummer = request.Value(AanbiederFields.Aanmeldingsnummer.Key);
        var aanmelding = AanmeldingNummer.Zoek(aanmeldingen, nummer);
        if (aanmelding is null)
        {
            return ActionResult.Invalid(new FieldError(AanbiederFields.Aanmeldingsnummer.Key, new LocalizedText(
                $"Dit dossier heeft geen aanmelding met nummer '{nummer}'. Neem het aanmeldingsnummer (acht tekens) over uit de lijst met aanmeldingen.",
                $"This dossier has no referral with number '{nummer}'. Copy the referral number (eight characters) from the list of referrals.")));
        }

        if (aanmelding.Einddatum is { } eerder)
        {
            return ActionResult.Invalid(new FieldError(AanbiederFields.Aanmeldingsnummer.Key, new LocalizedText(
                $"Aanmelding {AanmeldingNummer.Van(aanmelding)} is al beëindigd op {AanmeldingEditor.Dutch(eerder)}. Kies een lopende aanmelding.",
                $"Referral {AanmeldingNummer.Van(aanmelding)} already ended on {AanmeldingEditor.Dutch(eerder)}. Choose a running referral.")));
        }

        if (!AanmeldingEditor.TryParseDate(request.Value(AanbiederFields.Einddatum.Key), out var einddatum))
        {
            return ActionResult.Invalid(AanmeldingEditor.InvalidDate(AanbiederFields.Einddatum));
        }

        if (einddatum < aanmelding.Startdatum || einddatum > editor.Today)
        {
            return ActionResult.Invalid(new FieldError(AanbiederFields.Einddatum.Key, new LocalizedText(
                $"De einddatum moet tussen de startdatum ({AanmeldingEditor.Dutch(aanmelding.Startdatum)}) en vandaag ({AanmeldingEditor.Dutch(editor.Today)}) liggen. Kies een datum in die periode.",
                $"The end date must lie between the start date ({AanmeldingEditor.Dutch(aanmelding.Startdatum)}) and today ({AanmeldingEditor.Dutch(editor.Today)}). Choose a date in that period.")));
        }

        aanmelding.Einddatum = einddatum;
        aanmelding.Version++;

        if (await editor.SaveAsync(dossier, ProcessingOperation.Update, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        Log.AanmeldingEnded(editor.Logger, aanmelding.Id, dossier.Id);

        return ActionResult.Success(
            new ScreenLink(AanmeldingenScreen.ScreenId, dossier.Id.ToString()),
            new LocalizedText(
                $"Aanmelding {AanmeldingNummer.Van(aanmelding)} is beëindigd op {AanmeldingEditor.Dutch(einddatum)}.",
                $"Referral {AanmeldingNummer.Van(aanmelding)} ended on {AanmeldingEditor.Dutch(einddatum)}."));
    }
}
