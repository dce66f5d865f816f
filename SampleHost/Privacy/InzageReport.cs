using System.Globalization;
using System.Text;
using Host.Abstractions;
using SampleHost.Security;

namespace SampleHost.Privacy;

/// <summary>One line of a subject access overview: one processing of the person's data, with its activity from the register.</summary>
internal sealed record InzageRow(
    long Sequence,
    DateTimeOffset Tijdstip,
    string ActivityId,
    LocalizedText ActivityName,
    LocalizedText Purpose,
    string LegalBasis,
    LocalizedText Operation,
    string ActorId,
    IReadOnlyList<LocalizedText> ActorRoles,
    string? OnBehalfOf);

/// <summary>
/// The subject access overview (inzage) of one person: who processed their data, when and why, as rows for the
/// screen and as a CSV file for the person.
/// </summary>
internal static class InzageReport
{
    private static readonly LocalizedText s_unknownActivity = new("Onbekende activiteit (niet meer geladen)", "Unknown activity (no longer loaded)");

    public static IReadOnlyList<InzageRow> ToRows(IEnumerable<ProcessingLogEntry> entries, ProcessingActivityRegister register)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(register);

        return [.. entries.Select(entry =>
        {
            var activity = register.Find(entry.ActivityId);
            return new InzageRow(
                entry.Sequence,
                entry.Tijdstip,
                entry.ActivityId,
                activity?.Name ?? s_unknownActivity,
                activity?.Purpose ?? s_unknownActivity,
                activity?.LegalBasis ?? "–",
                OperationText(entry.Operation),
                entry.ActorId,
                RoleTexts(entry.ActorRoles),
                entry.OnBehalfOf);
        })];
    }

    /// <summary>Returns the operation as staff and citizens read it.</summary>
    public static LocalizedText OperationText(string operation) => operation switch
    {
        nameof(ProcessingOperation.Read) => new("Inzien", "Read"),
        nameof(ProcessingOperation.Search) => new("Zoeken", "Search"),
        nameof(ProcessingOperation.Create) => new("Vastleggen", "Create"),
        nameof(ProcessingOperation.Update) => new("Wijzigen", "Update"),
        nameof(ProcessingOperation.Delete) => new("Verwijderen", "Delete"),
        nameof(ProcessingOperation.Retrieve) => new("Opvragen bij een andere organisatie", "Retrieve from another organisation"),
        _ => new(operation, operation),
    };

    /// <summary>Returns a moment as a date and time in Europe/Amsterdam.</summary>
    public static string FormatMoment(DateTimeOffset moment, CultureInfo culture) =>
        TimeZoneInfo.ConvertTime(moment, Texts.Amsterdam).ToString("d MMMM yyyy HH:mm:ss", culture);

    /// <summary>
    /// Writes the overview as CSV for the person: Dutch headers and texts, <c>;</c> as separator, UTF-8 with a byte
    /// order mark so spreadsheet programs read the accents.
    /// </summary>
    public static byte[] ToCsv(IEnumerable<InzageRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);

        var text = new StringBuilder();
        text.Append("Tijdstip;Verwerkingsactiviteit;Doel;Grondslag;Handeling;Medewerker;Rol;Namens organisatie\r\n");
        foreach (var row in rows)
        {
            string[] fields =
            [
                FormatMoment(row.Tijdstip, Texts.Dutch),
                row.ActivityName.Nl,
                row.Purpose.Nl,
                row.LegalBasis,
                row.Operation.Nl,
                row.ActorId,
                string.Join(", ", row.ActorRoles.Select(r => r.Nl)),
                row.OnBehalfOf ?? string.Empty,
            ];
            text.Append(string.Join(';', fields.Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static List<LocalizedText> RoleTexts(string roles) =>
        [.. roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(RoleNames.For)];

    // RFC 4180 quoting: a field with the separator, a quote or a line break is quoted, and its quotes doubled.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
