using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// Adds an active webhook subscription with a new secret. The success message shows the secret, the only time it is
/// shown; the receiving system needs it to check the signature of every request.
/// </summary>
internal sealed class AbonnementToevoegenAction(
    InburgeringDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<AbonnementToevoegenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.abonnement-toevoegen";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Abonnement toevoegen", "Add a subscription"),
        [AbonnementFields.Naam with { Required = true }, AbonnementFields.Url with { Required = true }, AbonnementFields.Typen],
        InburgeringPermissions.MeldingenBeheer);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var errors = new List<FieldError>();
        if (AbonnementInvoer.Parse(request, errors) is not { } invoer)
        {
            return ActionResult.Invalid(errors);
        }

        var nu = clock.GetUtcNow();
        var abonnement = new Abonnement
        {
            Id = Guid.CreateVersion7(nu),
            Gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Adding a subscription needs a current gemeente."),
            Naam = invoer.Naam,
            Url = invoer.Url.AbsoluteUri,
            Typen = invoer.Typen,
            Geheim = WebhookHandtekening.NieuwGeheim(),
            Actief = true,
            AangemaaktDoor = user.UserId,
            AangemaaktOp = nu,
            Versie = Guid.NewGuid(),
        };
        db.Abonnementen.Add(abonnement);
        await db.SaveChangesAsync(cancellationToken);

        Log.AbonnementToegevoegd(logger, abonnement.Id);
        return ActionResult.Success(
            new ScreenLink(AbonnementScreen.ScreenId, abonnement.Id.ToString()),
            new LocalizedText(
                $"Het abonnement is toegevoegd. Het geheim voor de handtekening is {abonnement.Geheim} . Geef het nu aan de beheerder van het ontvangende systeem: het wordt niet meer getoond.",
                $"The subscription was added. The signing secret is {abonnement.Geheim} . Give it to the administrator of the receiving system now: it is not shown again."));
    }
}
