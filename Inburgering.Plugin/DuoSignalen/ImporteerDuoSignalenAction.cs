using Host.Abstractions;
using Inburgering.Plugin.Leveringen;
using Inburgering.Plugin.Security;
using Microsoft.Extensions.Logging;

namespace Inburgering.Plugin.DuoSignalen;

/// <summary>
/// Imports a CSV or Excel export of DUO signals into the inbox; see <see cref="DuoSignaalImport"/>. The file name is
/// never logged, since it may contain a name.
/// </summary>
internal sealed class ImporteerDuoSignalenAction(DuoSignaalImport import, ILogger<ImporteerDuoSignalenAction> logger) : IActionHandler
{
    public const string ActionId = "inburgering.duo-signalen-importeren";

    /// <summary>The number of row errors the result lists; the rest are counted.</summary>
    internal const int GetoondeFouten = 20;

    public static FieldDefinition Bestand { get; } = new("bestand", new LocalizedText("Bestand met signalen", "File with signals"), FieldType.File)
    {
        Required = true,
        AcceptedFileTypes = [".csv", ".xlsx"],
        Hint = new LocalizedText(
            "Een CSV-bestand (UTF-8, met ; of , tussen de kolommen) of een Excel-werkmap (.xlsx) met één regel per signaal. Download het sjabloon op deze pagina voor de kolommen.",
            "A CSV file (UTF-8, with ; or , between the columns) or an Excel workbook (.xlsx) with one row per signal. Download the template on this page for the columns."),
    };

    public static FieldDefinition Modus { get; } = new("modus", new LocalizedText("Bij fouten", "On errors"), FieldType.Choice)
    {
        Choices =
        [
            new ChoiceOption(nameof(LeveringModus.AllesOfNiets), new LocalizedText("Alles of niets: één foute regel weigert het hele bestand", "All or nothing: one wrong row rejects the whole file")),
            new ChoiceOption(nameof(LeveringModus.GeldigeRegels), new LocalizedText("Alleen geldige regels: importeer de goede regels en meld de foute", "Valid rows only: import the good rows and report the wrong ones")),
        ],
        Hint = new LocalizedText("Zonder keuze geldt alles of niets.", "Without a choice, all or nothing applies."),
    };

    public ActionDefinition Definition { get; } = new(
        ActionId,
        new LocalizedText("Signalen van DUO importeren", "Import signals from DUO"),
        [Bestand, Modus],
        InburgeringPermissions.DuoSignalenVerwerken);

    public async Task<ActionResult> ExecuteAsync(ActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        if (!request.Files.TryGetValue(Bestand.Key, out var upload))
        {
            return ActionResult.Invalid(new FieldError(Bestand.Key, new LocalizedText(
                "Kies het CSV- of Excel-bestand met de signalen van DUO.",
                "Choose the CSV or Excel file with the signals from DUO.")));
        }

        LeveringModus? modus = request.Value(Modus.Key) switch
        {
            null or nameof(LeveringModus.AllesOfNiets) => LeveringModus.AllesOfNiets,
            nameof(LeveringModus.GeldigeRegels) => LeveringModus.GeldigeRegels,
            _ => null,
        };
        if (modus is null)
        {
            return ActionResult.Invalid(new FieldError(Modus.Key, new LocalizedText(
                "Kies 'Alles of niets' of 'Alleen geldige regels'.",
                "Choose 'All or nothing' or 'Valid rows only'.")));
        }

        var (regels, bestandsfouten) = await DuoSignaalBestand.LeesAsync(upload.OpenRead, cancellationToken);
        if (regels is null)
        {
            Log.DuoSignalenBestandGeweigerd(logger, bestandsfouten.Count);
            return ActionResult.Invalid([.. bestandsfouten.Select(f => new FieldError(Bestand.Key, f))]);
        }

        var uitkomst = await import.ImporteerAsync(regels, modus.Value, cancellationToken);
        return DuoSignaalImportMeldingen.Resultaat(uitkomst, modus.Value);
    }
}
