using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Changes a subscription's name, URL, types and whether it is active. The secret stays the same. The record id is the
/// subscription id.
/// </summary>
internal sealed class AbonnementWijzigenAction(InburgeringDbContext db, ILogger<AbonnementWijzigenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.abonnement-wijzigen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Abonnement wijzigen", "Change the subscription"),
        [AbonnementFields.Naam with { Required = true }, AbonnementFields.Url with { Required = true }, AbonnementFields.Typen, AbonnementFields.Actief],
        InburgeringPermissions.MeldingenBeheer);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var (abonnement, rejection) = await AbonnementEdit.LoadAsync(db, request, cancellationToken);
        if (abonnement is null)
        {
            return rejection!;
        }

        var errors = new List<FieldError>();
        if (AbonnementInvoer.Parse(request, errors) is not { } invoer)
        {
            return ActionResult.Invalid(errors);
        }

        abonnement.Naam = invoer.Naam;
        abonnement.Url = invoer.Url.AbsoluteUri;
        abonnement.Typen = invoer.Typen;
        abonnement.Actief = request.Value(AbonnementFields.Actief.Key) == "true";
        abonnement.Versie = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Log.AbonnementGelijktijdigGewijzigd(logger, abonnement.Id);
            return AbonnementEdit.Gelijktijdig();
        }

        Log.AbonnementGewijzigd(logger, abonnement.Id, abonnement.Actief);
        return ActionResult.Success(
            new ScreenLink(AbonnementScreen.ScreenId, abonnement.Id.ToString()),
            new LocalizedText("Het abonnement is gewijzigd.", "The subscription was changed."));
    }
}
