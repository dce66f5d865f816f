using Host.Abstractions;
using Inburgering.Plugin.Bestandsimport;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.Coa;

/// <summary>
/// Imports a CSV or Excel file of COA informatieformulieren into the dossiers of the current gemeente. The file name
/// is never logged, since it may contain a name.
/// </summary>
internal sealed class CoaImporterenAction(CoaImport import, ILogger<CoaImporterenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.coa-importeren";

    /// <summary>The number of row errors a message lists before it counts the rest.</summary>
    internal const int GetoondeFouten = 20;

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Informatieformulieren van het COA importeren", "Import the COA's information forms"),
        [CoaImportFields.Bestand, CoaImportFields.Modus],
        InburgeringPermissions.CoaEdit);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!request.Files.TryGetValue(CoaImportFields.Bestand.Key, out var upload))
        {
            return ActionResult.Invalid(new FieldError(CoaImportFields.Bestand.Key, new LocalizedText(
                "Kies het CSV- of Excel-bestand met de informatieformulieren.",
                "Choose the CSV or Excel file with the information forms.")));
        }

        if (LeveringUpload.ParseModus(request.Value(CoaImportFields.Modus.Key)) is not { } modus)
        {
            return ActionResult.Invalid(new FieldError(CoaImportFields.Modus.Key, new LocalizedText(
                "Kies 'Alles of niets' of 'Alleen geldige regels'.",
                "Choose 'All or nothing' or 'Valid rows only'.")));
        }

        var (regels, structuurfouten) = await CoaBestand.LeesAsync(upload.OpenRead, cancellationToken);
        if (regels is null)
        {
            Log.CoaBestandStructuurfout(logger, structuurfouten[0].Soort);
            return ActionResult.Invalid([.. structuurfouten.Select(f => new FieldError(CoaImportFields.Bestand.Key, f.Melding))]);
        }

        var uitkomst = await import.ImporteerAsync(regels, modus, cancellationToken);
        return Resultaat(uitkomst);
    }

    private static ActionResult Resultaat(CoaImportUitkomst uitkomst)
    {
        if (uitkomst.Conflict)
        {
            return ActionResult.Conflict(new LocalizedText(
                "Iemand anders heeft intussen een van de dossiers gewijzigd; er is niets geïmporteerd. Importeer het bestand opnieuw.",
                "Someone else changed one of the dossiers in the meantime; nothing was imported. Import the file again."));
        }

        if (uitkomst.Geweigerd)
        {
            var samenvatting = new FieldError(CoaImportFields.Bestand.Key, new LocalizedText(
                $"Er is niets geïmporteerd: {uitkomst.AantalFout} van de {uitkomst.AantalRegels} regels hebben fouten. Verbeter de regels hieronder en importeer het bestand opnieuw, of kies 'Alleen geldige regels'.",
                $"Nothing was imported: {uitkomst.AantalFout} of the {uitkomst.AantalRegels} rows have errors. Correct the rows below and import the file again, or choose 'Valid rows only'."));
            return ActionResult.Invalid([samenvatting, .. uitkomst.Fouten.Select(f => new FieldError(CoaImportFields.Bestand.Key, f.Tekst()))]);
        }

        var verwerkt = new LocalizedText(
            $"{uitkomst.AantalRegels - uitkomst.AantalFout} van de {uitkomst.AantalRegels} regels zijn geïmporteerd: {uitkomst.AantalGewijzigd} gewijzigd, {uitkomst.AantalOngewijzigd} ongewijzigd.",
            $"{uitkomst.AantalRegels - uitkomst.AantalFout} of the {uitkomst.AantalRegels} rows were imported: {uitkomst.AantalGewijzigd} changed, {uitkomst.AantalOngewijzigd} unchanged.");
        var lijst = new ScreenLink(CoaImportScreen.ScreenId, null);
        if (uitkomst.Fouten.Count == 0)
        {
            return ActionResult.Success(lijst, verwerkt);
        }

        // A successful result carries one message, so the rejected rows are listed in it.
        var getoond = uitkomst.Fouten.Take(GetoondeFouten).Select(f => f.Tekst()).ToList();
        var rest = uitkomst.Fouten.Count - getoond.Count;
        var restNl = rest > 0 ? $" En nog {rest} fouten; verbeter eerst deze." : string.Empty;
        var restEn = rest > 0 ? $" And {rest} more errors; correct these first." : string.Empty;
        return ActionResult.Success(lijst, new LocalizedText(
            $"{verwerkt.Nl} {uitkomst.AantalFout} geweigerd: {string.Join(" ", getoond.Select(t => t.Nl))}{restNl}",
            $"{verwerkt.En} {uitkomst.AantalFout} rejected: {string.Join(" ", getoond.Select(t => t.En))}{restEn}"));
    }
}
