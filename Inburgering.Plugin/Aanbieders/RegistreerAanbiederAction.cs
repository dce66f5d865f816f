using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// Registers an aanbieder in the current gemeente. Each pair of KvK number and vestigingsnummer (or KvK number without
/// one) is registered once per gemeente. The unique index on the table also rejects a second registration of a branch
/// that two users save at the same moment.
/// </summary>
internal sealed class RegistreerAanbiederAction(
    InburgeringDbContext db,
    ICurrentUser user,
    TimeProvider clock,
    ILogger<RegistreerAanbiederAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.aanbieder-registreren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Aanbieder registreren", "Register course provider"),
        [
            AanbiederFields.Naam with { Required = true },
            AanbiederFields.KvkNummer with { Required = true, Hint = new LocalizedText("Acht cijfers, bijvoorbeeld 90059901.", "Eight digits, for example 90059901.") },
            AanbiederFields.Vestigingsnummer with
            {
                Hint = new LocalizedText(
                    "Twaalf cijfers; laat leeg als de afspraak voor de hele organisatie geldt.",
                    "Twelve digits; leave empty when the agreement is for the whole organisation."),
            },
            AanbiederFields.Keurmerk,
        ],
        InburgeringPermissions.AanbiedersBeheer);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var naam = request.Value(AanbiederFields.Naam.Key);
        var kvk = request.Value(AanbiederFields.KvkNummer.Key);
        var vestigingsnummer = request.Value(AanbiederFields.Vestigingsnummer.Key);

        var errors = new List<FieldError>();
        if (naam is null)
        {
            errors.Add(new FieldError(AanbiederFields.Naam.Key, new LocalizedText(
                "Vul de naam van de aanbieder in; dit veld is verplicht.",
                "Enter the course provider's name; this field is required.")));
        }

        if (!AanbiederOrganisatie.IsDigits(kvk, AanbiederOrganisatie.KvkLengte))
        {
            errors.Add(AanbiederMeldingen.OngeldigKvk(kvk));
        }

        if (vestigingsnummer is not null && !AanbiederOrganisatie.IsDigits(vestigingsnummer, AanbiederOrganisatie.VestigingsnummerLengte))
        {
            errors.Add(AanbiederMeldingen.OngeldigVestigingsnummer(vestigingsnummer));
        }

        if (errors.Count > 0)
        {
            return ActionResult.Invalid(errors);
        }

        // Checked first for a clear message; the unique indexes catch two registrations saved at the same moment.
        if (await db.Aanbieders.AnyAsync(a => a.KvkNummer == kvk && a.Vestigingsnummer == vestigingsnummer, cancellationToken))
        {
            return ActionResult.Invalid(AanbiederMeldingen.Dubbel(kvk!, vestigingsnummer));
        }

        var aanbieder = new Aanbieder
        {
            Id = Guid.CreateVersion7(),
            Gemeente = db.CurrentGemeente ?? throw new InvalidOperationException("Registering an aanbieder needs a gemeente."),
            Naam = naam!,
            KvkNummer = kvk!,
            Vestigingsnummer = vestigingsnummer,
            Keurmerk = request.Value(AanbiederFields.Keurmerk.Key) == "true",
            Actief = true,
            GeregistreerdOp = clock.GetUtcNow(),
            GeregistreerdDoor = user.UserId,
        };
        db.Aanbieders.Add(aanbieder);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            Log.AanbiederRegisteredConcurrently(logger, db.CurrentGemeente);
            return ActionResult.Invalid(AanbiederMeldingen.Dubbel(kvk!, vestigingsnummer));
        }

        Log.AanbiederRegistered(logger, aanbieder.Id, aanbieder.Gemeente);

        return ActionResult.Success(
            new ScreenLink(AanbiederScreen.ScreenId, aanbieder.Id.ToString()),
            new LocalizedText($"Aanbieder {aanbieder.Naam} is geregistreerd.", $"Course provider {aanbieder.Naam} was registered."));
    }
}
