using System.Globalization;
using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// The steps both upload actions share: check the file's structure, hand its rows to <see cref="ILeveringVerwerker"/>,
/// and show the delivery's report with what happened. The file name is stored with the delivery but never logged,
/// since it may contain a name.
/// </summary>
internal sealed class LeveringUpload(ILeveringVerwerker verwerker, InburgeringDbContext db, ILogger<LeveringUpload> logger)
{
    private static readonly TimeZoneInfo s_amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Imports the uploaded file of <paramref name="request"/>.</summary>
    /// <param name="request">The action's request with the file and the mode.</param>
    /// <param name="aanbiederId">The aanbieder a consulent chose, or <see langword="null"/> for the one the user acts for.</param>
    /// <param name="rapportScherm">The report screen to show afterwards.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is then written.</param>
    public async Task<ActionResult> ImporteerAsync(ActionRequest request, Guid? aanbiederId, string rapportScherm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!request.Files.TryGetValue(LeveringFields.Bestand.Key, out var upload))
        {
            return ActionResult.Invalid(new FieldError(LeveringFields.Bestand.Key, new LocalizedText(
                "Kies het CSV- of Excel-bestand met de levering.",
                "Choose the CSV or Excel file with the delivery.")));
        }

        if (ParseModus(request.Value(LeveringFields.Modus.Key)) is not { } modus)
        {
            return ActionResult.Invalid(new FieldError(LeveringFields.Modus.Key, new LocalizedText(
                "Kies 'Alles of niets' of 'Alleen geldige regels'.",
                "Choose 'All or nothing' or 'Valid rows only'.")));
        }

        var (bestand, fouten) = await LeveringBestandControle.ControleerAsync(upload.OpenRead, cancellationToken);
        if (bestand is null)
        {
            Log.LeveringBestandStructuurfout(logger, fouten[0].Soort);
            return ActionResult.Invalid([.. fouten.Select(f => new FieldError(LeveringFields.Bestand.Key, f.Melding))]);
        }

        var invoer = new LeveringInvoer(LeveringKanaal.Bestand, bestand.Referentie, modus, aanbiederId) { Bestandsnaam = upload.FileName };
        var uitkomst = await verwerker.VerwerkAsync(invoer, () => bestand.LeesAsync(cancellationToken), cancellationToken);

        return await UitkomstAsync(uitkomst, bestand.AantalRegels, rapportScherm, cancellationToken);
    }

    private async Task<ActionResult> UitkomstAsync(LeveringUitkomst uitkomst, int aantalRegels, string rapportScherm, CancellationToken cancellationToken)
    {
        if (uitkomst.Geweigerd is { } reden)
        {
            Log.LeveringBestandGeweigerd(logger, aantalRegels);
            return ActionResult.Invalid(new FieldError(LeveringFields.Bestand.Key, new LocalizedText(
                $"De levering is geweigerd en er is niets opgeslagen: {reden.Nl}",
                $"The delivery was rejected and nothing was stored: {reden.En}")));
        }

        var rapport = new ScreenLink(rapportScherm, uitkomst.LeveringId.ToString());
        if (uitkomst.Herhaald)
        {
            Log.LeveringBestandHerhaald(logger, uitkomst.LeveringId);
            var ontvangenOp = await db.Leveringen
                .AsNoTracking()
                .Where(l => l.Id == uitkomst.LeveringId)
                .Select(l => (DateTimeOffset?)l.OntvangenOp)
                .SingleOrDefaultAsync(cancellationToken);
            return ActionResult.Success(rapport, Herhaald(ontvangenOp));
        }

        Log.LeveringBestandVerwerkt(logger, uitkomst.LeveringId, uitkomst.Status, uitkomst.AantalRegels, uitkomst.AantalVerwerkt);
        var geweigerd = uitkomst.AantalRegels - uitkomst.AantalVerwerkt;
        var melding = uitkomst.Status == LeveringStatus.Geweigerd
            ? new LocalizedText(
                $"Er is niets geïmporteerd: {geweigerd} van de {uitkomst.AantalRegels} regels hebben fouten. Verbeter de regels uit het verslag en lever het bestand opnieuw aan.",
                $"Nothing was imported: {geweigerd} of the {uitkomst.AantalRegels} rows have errors. Correct the rows in the report and deliver the file again.")
            : new LocalizedText(
                $"{uitkomst.AantalVerwerkt} van de {uitkomst.AantalRegels} regels zijn geïmporteerd; {geweigerd} geweigerd.",
                $"{uitkomst.AantalVerwerkt} of the {uitkomst.AantalRegels} rows were imported; {geweigerd} rejected.");
        return ActionResult.Success(rapport, melding);
    }

    private static LocalizedText Herhaald(DateTimeOffset? ontvangenOp)
    {
        if (ontvangenOp is not { } moment)
        {
            return new LocalizedText(
                "Deze levering is al eerder geïmporteerd en is niet opnieuw geteld.",
                "This delivery was imported before and was not counted again.");
        }

        var amsterdam = TimeZoneInfo.ConvertTime(moment, s_amsterdam);
        return new LocalizedText(
            $"Deze levering is al geïmporteerd op {amsterdam.ToString("d MMMM yyyy 'om' HH:mm", CultureInfo.GetCultureInfo("nl-NL"))} en is niet opnieuw geteld.",
            $"This delivery was already imported on {amsterdam.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB"))} and was not counted again.");
    }

    /// <summary>Returns the chosen mode; all or nothing when none was chosen, and <see langword="null"/> for an unknown code.</summary>
    internal static LeveringModus? ParseModus(string? code) => code switch
    {
        null => LeveringModus.AllesOfNiets,
        nameof(LeveringModus.AllesOfNiets) => LeveringModus.AllesOfNiets,
        nameof(LeveringModus.GeldigeRegels) => LeveringModus.GeldigeRegels,
        _ => null,
    };
}
