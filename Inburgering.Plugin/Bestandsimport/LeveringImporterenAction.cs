using Host.Abstractions;
using Inburgering.Plugin.Persistence;
using Inburgering.Plugin.Security;
using Microsoft.EntityFrameworkCore;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// Imports a delivery file that an aanbieder sent to the gemeente, for example by secure mail, for the aanbieder the
/// consulent names by its KvK number. The processing records the aanbieder as the one on whose behalf it was done.
/// </summary>
internal sealed class LeveringImporterenAction(LeveringUpload upload, InburgeringDbContext db) : IActionHandler
{
    public const string ActionId = "inburgering.levering-importeren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Bestand van aanbieder importeren", "Import a course provider's file"),
        [LeveringFields.Aanbieder, LeveringFields.Bestand, LeveringFields.Modus],
        InburgeringPermissions.LeveringenImporteren);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A text input, because a choice's options are fixed in the action's definition and the aanbieders differ per gemeente.
        var invoer = request.Value(LeveringFields.Aanbieder.Key);
        if (invoer is null || !TryParse(invoer, out var kvkNummer, out var vestigingsnummer))
        {
            return Fout(new LocalizedText(
                "Vul het KvK-nummer van de aanbieder in: 8 cijfers, zo nodig gevolgd door / en het vestigingsnummer van 12 cijfers.",
                "Enter the course provider's KvK number: 8 digits, followed by / and the 12-digit branch number when needed."));
        }

        var aanbieders = await db.Aanbieders
            .AsNoTracking()
            .Where(a => a.Actief && a.KvkNummer == kvkNummer)
            .Select(a => new { a.Id, a.Vestigingsnummer })
            .ToListAsync(cancellationToken);
        var passend = vestigingsnummer is null ? aanbieders : [.. aanbieders.Where(a => a.Vestigingsnummer == vestigingsnummer)];

        if (passend.Count == 0)
        {
            return Fout(new LocalizedText(
                $"Deze gemeente heeft geen actieve aanbieder met KvK-nummer {invoer}. Controleer het nummer in de lijst van aanbieders.",
                $"This municipality has no active course provider with KvK number {invoer}. Check the number in the list of providers."));
        }

        if (passend.Count > 1)
        {
            return Fout(new LocalizedText(
                $"Aanbieder {kvkNummer} heeft meer vestigingen. Vul het KvK-nummer in met / en het vestigingsnummer, bijvoorbeeld {kvkNummer}/{passend[0].Vestigingsnummer}.",
                $"Course provider {kvkNummer} has several branches. Enter the KvK number with / and the branch number, for example {kvkNummer}/{passend[0].Vestigingsnummer}."));
        }

        return await upload.ImporteerAsync(request, passend[0].Id, LeveringScreen.ScreenId, cancellationToken);
    }

    private static ActionResult Fout(LocalizedText melding) => ActionResult.Invalid(new FieldError(LeveringFields.Aanbieder.Key, melding));

    /// <summary>Splits <c>12345678</c> or <c>12345678/000012345678</c> into the KvK number and the vestigingsnummer.</summary>
    internal static bool TryParse(string invoer, out string kvkNummer, out string? vestigingsnummer)
    {
        var delen = invoer.Split('/', StringSplitOptions.TrimEntries);
        kvkNummer = delen[0];
        vestigingsnummer = delen.Length == 2 ? delen[1] : null;

        return delen.Length <= 2
            && kvkNummer.Length == 8 && kvkNummer.All(char.IsAsciiDigit)
            && (vestigingsnummer is null || (vestigingsnummer.Length == 12 && vestigingsnummer.All(char.IsAsciiDigit)));
    }
}
