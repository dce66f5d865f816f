using System.Globalization;
using System.Text;

namespace SampleHost.Privacy;

/// <summary>
/// Writes the register of processing activities (<c>docs/verwerkingsregister.md</c>) as Markdown, in Dutch, from the
/// activities the host and the loaded plugins declare.
/// </summary>
internal static class ProcessingRegisterDocument
{
    /// <summary>
    /// The command that regenerates the document. Without a launch profile, because <c>dotnet run</c> otherwise
    /// prints a line about the profile into the output.
    /// </summary>
    public const string Command = "dotnet run --project SampleHost --no-launch-profile -- verwerkingsregister > docs/verwerkingsregister.md";

    public static string Render(ProcessingActivityRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);

        var text = new StringBuilder();
        text.Append("# Register van verwerkingsactiviteiten\n\n");
        text.Append("Dit bestand is gegenereerd uit de verwerkingsactiviteiten die SampleHost en de geladen plugins declareren.\n");
        text.Append(CultureInfo.InvariantCulture, $"Pas het niet met de hand aan, maar maak het opnieuw met `{Command}`.\n\n");
        text.Append("Elk record in het verwerkingslog verwijst met zijn activiteit-id naar een regel hieronder. De URI is de\n");
        text.Append("`dpl.core.processing_activity_id` uit de standaard Logboek Dataverwerkingen.\n\n");
        text.Append("| Id | URI | Naam | Doel | Grondslag |\n");
        text.Append("|---|---|---|---|---|\n");
        foreach (var activity in register.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{activity.Id}` | `{ProcessingActivityRegister.UriFor(activity.Id)}` | {Cell(activity.Name.Nl)} | {Cell(activity.Purpose.Nl)} | {Cell(activity.LegalBasis)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
