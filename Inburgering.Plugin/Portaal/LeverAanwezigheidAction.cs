using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Beperking;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Portaal;

/// <summary>
/// Delivers one period of attendance and progress for a student from the portal. The record id is the aanmelding id.
/// The form becomes row 1 of a delivery with a new reference, processed all or nothing by the same
/// <see cref="ILeveringVerwerker"/> as files and the API; a period delivered before is replaced (corrected).
/// </summary>
internal sealed class LeverAanwezigheidAction(
    CursistToegang cursisten,
    ILeveringVerwerker verwerker,
    ILogger<LeverAanwezigheidAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.aanwezigheid-leveren";

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Aanwezigheid en voortgang leveren", "Deliver attendance and progress"),
        PortaalFields.Formulier,
        InburgeringPermissions.Aanleveren);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var cursist = await cursisten.LaadAsync(request.RecordId, cancellationToken);
        if (cursist is null)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Deze cursist is niet bij uw organisatie aangemeld. Open de cursist opnieuw vanuit de lijst met cursisten.",
                "This student is not referred to your organisation. Open the student again from the list of students.")));
        }

        if (cursist.Dossier.IsBeperkt)
        {
            return BeperkingNotice.Rejection;
        }

        if (cursist.Dossier.Bsn is not { } bsn)
        {
            return ActionResult.Invalid(new FieldError("", new LocalizedText(
                "Van deze cursist is nog geen BSN bekend, dus u kunt nog niets leveren. Neem contact op met de gemeente.",
                "This student has no known BSN yet, so you cannot deliver yet. Contact the municipality.")));
        }

        var referentie = $"portaal-{Guid.NewGuid():N}";
        var (regel, formulierFouten) = LeveringFormulier.Bouw(request, referentie, cursist.Aanbieder, bsn, cursist.Aanmelding.Onderdeel);
        if (regel is null)
        {
            return ActionResult.Invalid(formulierFouten);
        }

        var invoer = new LeveringInvoer(LeveringKanaal.Portaal, referentie, LeveringModus.AllesOfNiets, null);
        var uitkomst = await verwerker.VerwerkAsync(invoer, () => Regels(regel), cancellationToken);

        if (uitkomst.Geweigerd is { } reden)
        {
            Log.PortaalLeveringRejected(logger, cursist.Aanmelding.Id);
            return ActionResult.Invalid(new FieldError("", reden));
        }

        if (uitkomst.Fouten.Count > 0 || uitkomst.Status == LeveringStatus.Geweigerd)
        {
            Log.PortaalLeveringInvalid(logger, cursist.Aanmelding.Id, uitkomst.Fouten.Count);
            return uitkomst.Fouten.Count > 0
                ? ActionResult.Invalid(LeveringFormulier.NaarVelden(uitkomst.Fouten))
                : ActionResult.Invalid(new FieldError("", new LocalizedText(
                    "De levering is niet verwerkt. Controleer de gegevens en probeer het opnieuw.",
                    "The delivery was not processed. Check the data and try again.")));
        }

        Log.PortaalLeveringProcessed(logger, uitkomst.LeveringId, cursist.Aanmelding.Id);

        var van = Dutch(regel.Waarde(LeveringKolommen.PeriodeVan));
        var tot = Dutch(regel.Waarde(LeveringKolommen.PeriodeTot));
        return ActionResult.Success(
            new ScreenLink(CursistScreen.ScreenId, cursist.Aanmelding.Id.ToString()),
            new LocalizedText(
                $"De gegevens over {van} tot en met {tot} zijn ontvangen.",
                $"The data for {van} to {tot} were received."));
    }

    /// <summary>Formats an ISO date of the row as dd-mm-jjjj for the message; the processing has checked it by now.</summary>
    private static string? Dutch(string? isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)
            : isoDate;

    private static async IAsyncEnumerable<LeveringRegel> Regels(LeveringRegel regel)
    {
        await Task.CompletedTask;
        yield return regel;
    }
}
