using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// Changes the name, keurmerk and whether an aanbieder is active. The record id is the aanbieder id, and the user must
/// have seen the current version. The KvK number and vestigingsnummer stay: a new branch is a new aanbieder.
/// </summary>
internal sealed class WijzigAanbiederAction(InburgeringDbContext db, ILogger<WijzigAanbiederAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.aanbieder-wijzigen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Aanbieder wijzigen", "Change course provider"),
        [
            AanbiederFields.Naam with { Required = true },
            AanbiederFields.Keurmerk,
            AanbiederFields.Actief with
            {
                Hint = new LocalizedText(
                    "Een aanbieder die niet actief is, krijgt geen nieuwe aanmeldingen en kan niets aanleveren.",
                    "A course provider that is not active gets no new referrals and cannot deliver."),
            },
        ],
        InburgeringPermissions.AanbiedersBeheer);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var aanbiederId)
            || await db.Aanbieders.SingleOrDefaultAsync(a => a.Id == aanbiederId, cancellationToken) is not { } aanbieder)
        {
            return ActionResult.Invalid(AanbiederMeldingen.AanbiederNietGevonden);
        }

        if (request.ExpectedVersion != AanbiederVersie.Van(aanbieder))
        {
            return ActionResult.Conflict(AanbiederMeldingen.AanbiederGewijzigd);
        }

        var naam = request.Value(AanbiederFields.Naam.Key);
        if (naam is null)
        {
            return ActionResult.Invalid(new FieldError(AanbiederFields.Naam.Key, new LocalizedText(
                "Vul de naam van de aanbieder in; dit veld is verplicht.",
                "Enter the course provider's name; this field is required.")));
        }

        aanbieder.Naam = naam;
        aanbieder.Keurmerk = request.Value(AanbiederFields.Keurmerk.Key) == "true";
        aanbieder.Actief = request.Value(AanbiederFields.Actief.Key) == "true";
        aanbieder.Version++;

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.AanbiederChangedConcurrently(logger, aanbieder.Id);
            return ActionResult.Conflict(AanbiederMeldingen.AanbiederGewijzigd);
        }

        Log.AanbiederChanged(logger, aanbieder.Id, aanbieder.Actief);

        return ActionResult.Success(
            new ScreenLink(AanbiederScreen.ScreenId, aanbieder.Id.ToString()),
            new LocalizedText($"Aanbieder {aanbieder.Naam} is gewijzigd.", $"Course provider {aanbieder.Naam} was changed."));
    }
}
