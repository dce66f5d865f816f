using Host.Abstractions;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Coa;

/// <summary>The inputs of the import of COA forms and the columns of its list.</summary>
internal static class CoaImportFields
{
    public static FieldDefinition Bestand { get; } = new("bestand", new LocalizedText("Bestand", "File"), FieldType.File)
    {
        Required = true,
        AcceptedFileTypes = [".csv", ".xlsx"],
        Hint = new LocalizedText(
            "Een CSV-bestand (UTF-8, met ; of , tussen de kolommen) of een Excel-werkmap (.xlsx) met één regel per informatieformulier. Download het sjabloon op deze pagina voor de kolommen.",
            "A CSV file (UTF-8, with ; or , between the columns) or an Excel workbook (.xlsx) with one row per information form. Download the template on this page for the columns."),
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

    public static FieldDefinition Inburgeraar { get; } = new("inburgeraar", new LocalizedText("Inburgeraar", "Integration client"), FieldType.Text);
}
