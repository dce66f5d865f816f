using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Meldingen;

/// <summary>
/// One webhook subscription, opened with its id: its settings, its deliveries and the actions to change, deactivate or
/// retry it. The secret is never shown here.
/// </summary>
internal sealed class AbonnementScreen(InburgeringDbContext db) : IScreen
{
    public const string ScreenId = "inburgering.abonnement";

    public ScreenDefinition Definition { get; } = new(
        ScreenId,
        new LocalizedText("Abonnement op meldingen", "Notification subscription"),
        HostSlots.Page,
        InburgeringPermissions.MeldingenBeheer);

    public async Task<ScreenContent?> LoadAsync(ScreenRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!Guid.TryParse(request.RecordId, out var id)
            || await db.Abonnementen.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } abonnement)
        {
            return null;
        }

        var overzicht = (await AfleveringOverzicht.LaadAsync(db, [abonnement.Id], cancellationToken))[abonnement.Id];
        var instellingen = new ScreenSection(new LocalizedText("Abonnement", "Subscription"),
        [
            new FieldElement(AbonnementFields.Naam, abonnement.Naam),
            new FieldElement(AbonnementFields.Url, abonnement.Url),
            new FieldElement(AbonnementFields.Typen, AbonnementFields.TypenLijst(abonnement)),
            new FieldElement(AbonnementFields.Actief, abonnement.Actief),
            new FieldElement(AbonnementFields.AangemaaktOp, abonnement.AangemaaktOp),
            new FieldElement(AbonnementFields.AangemaaktDoor, abonnement.AangemaaktDoor),
        ]);
        var afleveringen = new ScreenSection(new LocalizedText("Afleveringen", "Deliveries"),
        [
            new FieldElement(AbonnementFields.Afgeleverd, overzicht.Afgeleverd),
            new FieldElement(AbonnementFields.Wachtend, overzicht.Wachtend),
            new FieldElement(AbonnementFields.Mislukt, overzicht.Mislukt),
            new FieldElement(AbonnementFields.LaatsteFout, overzicht.LaatsteFout),
            new FieldElement(AbonnementFields.LaatsteFoutOp, overzicht.LaatsteFoutOp),
        ]);

        return new ScreenContent([instellingen, afleveringen])
        {
            Heading = abonnement.Naam,
            Actions = abonnement.Actief
                ? [AbonnementWijzigenAction.ActionId, AbonnementOpnieuwProberenAction.ActionId, AbonnementDeactiverenAction.ActionId]
                : [AbonnementWijzigenAction.ActionId],
            ActionValues = new Dictionary<string, string?>
            {
                [AbonnementFields.Naam.Key] = abonnement.Naam,
                [AbonnementFields.Url.Key] = abonnement.Url,
                [AbonnementFields.Typen.Key] = abonnement.Typen ?? string.Empty,
                [AbonnementFields.Actief.Key] = abonnement.Actief ? "true" : "false",
            },
            Version = AbonnementEdit.VersionOf(abonnement),
        };
    }
}
