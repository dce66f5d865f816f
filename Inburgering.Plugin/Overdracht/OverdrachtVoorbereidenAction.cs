using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Levensloop;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Overdracht;

/// <summary>
/// Prepares the warme overdracht of a dossier to the new gemeente: builds the data-minimised package and stores it
/// for the preview on the overdracht screen, from where the consulent sends it. The record id is the dossier id.
/// A dossier that closed as Vertrokken after a refused or withdrawn overdracht can be prepared again.
/// </summary>
internal sealed class OverdrachtVoorbereidenAction(
    InburgeringDbContext db,
    IOverdrachtPakketten pakketten,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<OverdrachtVoorbereidenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.overdracht-voorbereiden";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Warme overdracht voorbereiden", "Prepare a warm handover"),
        [
            OverdrachtFields.OntvangerGemeente with { Required = true },
            OverdrachtFields.Verhuisdatum with { Required = true },
            OverdrachtFields.GezondheidMeesturen,
            OverdrachtFields.GezondheidReden,
        ],
        InburgeringPermissions.OverdrachtVerzenden);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (dossier, rejection) = await DossierEdit.LoadAsync(db, request, logger, cancellationToken);
        if (dossier is null)
        {
            return rejection!;
        }

        if (dossier.IsBeperkt)
        {
            return BeperkingNotice.Rejection;
        }

        if (await NietOverdraagbaarAsync(dossier, cancellationToken) is { } notPossible)
        {
            return ActionResult.Invalid(notPossible);
        }

        var errors = new List<FieldError>();
        var ontvanger = ParseOntvanger(request, dossier.Gemeente, errors);
        var verhuisdatum = ParseVerhuisdatum(request, dossier, errors);
        var gezondheidReden = ParseGezondheidReden(request, errors);
        if (errors.Count > 0 || ontvanger is not { } naar || verhuisdatum is not { } op)
        {
            return ActionResult.Invalid(errors);
        }

        var pakket = await pakketten.BouwAsync(dossier.Id, naar, gezondheidReden, cancellationToken)
            ?? throw new InvalidOperationException($"Dossier {dossier.Id} was loaded but the package builder did not find it.");

        var eerdere = await db.Overdrachten
            .Where(o => o.AfzenderDossierId == dossier.Id && o.Status == OverdrachtStatus.Voorbereid)
            .ToListAsync(cancellationToken);
        db.Overdrachten.RemoveRange(eerdere);

        var overdracht = new Overdracht
        {
            Id = Guid.CreateVersion7(),
            AfzenderGemeente = dossier.Gemeente,
            OntvangerGemeente = naar.Value,
            AfzenderDossierId = dossier.Id,
            PakketId = pakket.Id,
            PakketJson = OverdrachtPakketJson.Schrijf(pakket),
            Status = OverdrachtStatus.Voorbereid,
            Verhuisdatum = op,
            GezondheidReden = pakket.Gezondheid?.Reden,
            VoorbereidOp = clock.GetUtcNow(),
            VoorbereidDoor = user.UserId,
        };
        db.Overdrachten.Add(overdracht);
        await db.SaveChangesAsync(cancellationToken);

        Log.OverdrachtVoorbereid(logger, overdracht.Id, dossier.Id, naar.Value, pakket.Gezondheid is not null);

        var melding = gezondheidReden is not null && pakket.Gezondheid is null
            ? new LocalizedText(
                "De overdracht is voorbereid. De brede intake bevat geen gezondheidsgegevens, dus die gaan niet mee. Controleer het voorbeeld en verzend de overdracht.",
                "The handover was prepared. The broad intake holds no health details, so none go along. Check the preview and send the handover.")
            : new LocalizedText(
                "De overdracht is voorbereid. Controleer in het voorbeeld wat meegaat en verzend de overdracht.",
                "The handover was prepared. Check in the preview what goes along and send the handover.");
        return ActionResult.Success(new ScreenLink(OverdrachtScreen.ScreenId, overdracht.Id.ToString()), melding);
    }

    /// <summary>
    /// Returns whether <paramref name="dossier"/> can be handed over: it is open, or it closed as Vertrokken to another
    /// gemeente, which leaves <see cref="Dossier.AfsluitReden"/> empty, for example after a refused overdracht.
    /// </summary>
    public static bool KanOverdragen(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);

        return !dossier.Status.IsFinal() || (dossier.Status == DossierStatus.Vertrokken && dossier.AfsluitReden is null);
    }

    /// <summary>
    /// Returns why the dossier cannot be handed over: it is closed for another reason than a move, or an overdracht
    /// of it is waiting for the receiver or was accepted.
    /// </summary>
    private async Task<FieldError?> NietOverdraagbaarAsync(Dossier dossier, CancellationToken cancellationToken)
    {
        if (!KanOverdragen(dossier))
        {
            return new FieldError("", new LocalizedText(
                $"Dit dossier is afgesloten met status {DossierStatusNames.Nl(dossier.Status)}; alleen een open dossier, of een dossier dat vertrok naar een andere gemeente, kan worden overgedragen.",
                $"This dossier was closed with status {DossierStatusNames.En(dossier.Status)}; only an open dossier, or one that moved to another municipality, can be handed over."));
        }

        var lopend = await db.Overdrachten.AsNoTracking()
            .Where(o => o.AfzenderDossierId == dossier.Id && (o.Status == OverdrachtStatus.Verzonden || o.Status == OverdrachtStatus.Geaccepteerd))
            .Select(o => new { o.OntvangerGemeente, o.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (lopend is null)
        {
            return null;
        }

        return new FieldError("", lopend.Status == OverdrachtStatus.Geaccepteerd
            ? new LocalizedText(
                $"Gemeente {lopend.OntvangerGemeente} heeft dit dossier al overgenomen.",
                $"Municipality {lopend.OntvangerGemeente} already took this dossier over.")
            : new LocalizedText(
                $"Er wacht al een overdracht aan gemeente {lopend.OntvangerGemeente}. Trek die eerst in als hij niet klopt.",
                $"A handover to municipality {lopend.OntvangerGemeente} is already waiting. Withdraw it first if it is wrong."));
    }

    private static GemeenteCode? ParseOntvanger(ActionRequest request, string eigenGemeente, List<FieldError> errors)
    {
        var text = request.Value(OverdrachtFields.OntvangerGemeente.Key);
        if (!GemeenteCode.TryParse(text, out var code))
        {
            errors.Add(new FieldError(OverdrachtFields.OntvangerGemeente.Key, new LocalizedText(
                "Vul de gemeentecode van de nieuwe gemeente in als vier cijfers, bijvoorbeeld 0518.",
                "Enter the code of the new municipality as four digits, for example 0518.")));
            return null;
        }

        if (code.Value == eigenGemeente)
        {
            errors.Add(new FieldError(OverdrachtFields.OntvangerGemeente.Key, new LocalizedText(
                $"{code.Value} is de code van deze gemeente zelf. Vul de code van de nieuwe woongemeente in.",
                $"{code.Value} is the code of this municipality itself. Enter the code of the new municipality of residence.")));
            return null;
        }

        return code;
    }

    private DateOnly? ParseVerhuisdatum(ActionRequest request, Dossier dossier, List<FieldError> errors)
    {
        if (DateInput.Parse(request.Value(OverdrachtFields.Verhuisdatum.Key)) is not { } datum)
        {
            errors.Add(new FieldError(OverdrachtFields.Verhuisdatum.Key, new LocalizedText(
                "Vul de verhuisdatum in als dd-mm-jjjj, bijvoorbeeld 04-12-2026.",
                "Enter the moving date as dd-mm-yyyy, for example 04-12-2026.")));
            return null;
        }

        var vandaag = AmsterdamTime.Today(clock);
        if (datum > vandaag || datum < dossier.Koppeldatum)
        {
            errors.Add(new FieldError(OverdrachtFields.Verhuisdatum.Key, new LocalizedText(
                $"De verhuisdatum moet tussen de koppeldatum ({DateInput.Dutch(dossier.Koppeldatum)}) en vandaag ({DateInput.Dutch(vandaag)}) liggen. Kies een datum in die periode.",
                $"The moving date must lie between the link date ({DateInput.English(dossier.Koppeldatum)}) and today ({DateInput.English(vandaag)}). Choose a date in that period.")));
            return null;
        }

        return datum;
    }

    private string? ParseGezondheidReden(ActionRequest request, List<FieldError> errors)
    {
        var meesturen = request.Value(OverdrachtFields.GezondheidMeesturen.Key);
        if (meesturen is null || string.Equals(meesturen, "false", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.Equals(meesturen, "true", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError(OverdrachtFields.GezondheidMeesturen.Key, new LocalizedText(
                "Kies ja of nee bij 'Gezondheidsgegevens meesturen'.",
                "Choose yes or no for 'Include health details'.")));
            return null;
        }

        if (!user.HasPermission(InburgeringPermissions.Gezondheid))
        {
            errors.Add(new FieldError(OverdrachtFields.GezondheidMeesturen.Key, new LocalizedText(
                "U mag geen gezondheidsgegevens inzien, dus u kunt ze ook niet meesturen. Vraag een collega met die bevoegdheid.",
                "You may not view health details, so you cannot include them either. Ask a colleague with that permission.")));
            return null;
        }

        var reden = request.Value(OverdrachtFields.GezondheidReden.Key);
        if (reden is null || reden.Length > OverdrachtConfiguration.RedenMaxLength)
        {
            errors.Add(new FieldError(OverdrachtFields.GezondheidReden.Key, new LocalizedText(
                $"Vul in waarom de nieuwe gemeente de gezondheidsgegevens nodig heeft, in ten hoogste {OverdrachtConfiguration.RedenMaxLength} tekens.",
                $"Enter why the new municipality needs the health details, in at most {OverdrachtConfiguration.RedenMaxLength} characters.")));
            return null;
        }

        return reden;
    }
}
