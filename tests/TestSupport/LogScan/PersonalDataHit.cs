using System.Globalization;

namespace TestSupport.LogScan;

/// <summary>Personal data found in one log message.</summary>
/// <param name="Category">The logger's category.</param>
/// <param name="Kind">What was found.</param>
/// <param name="Position">The index in the message (message text, then a line break, then the exception) where it starts.</param>
/// <param name="Shown">The value as a report may show it: a BSN masked to its last three digits, a name word in full.</param>
/// <param name="LogLine">The line of the message in the scan's log file, or 0 when the scan keeps no file.</param>
public sealed record PersonalDataHit(string Category, PersonalDataKind Kind, int Position, string Shown, long LogLine)
{
    /// <summary>Returns <paramref name="bsn"/> with every digit but the last three replaced by <c>*</c>.</summary>
    public static string Mask(string bsn)
    {
        ArgumentNullException.ThrowIfNull(bsn);

        return bsn.Length <= 3 ? new string('*', bsn.Length) : new string('*', bsn.Length - 3) + bsn[^3..];
    }

    /// <summary>Returns the hit as one line for a test failure.</summary>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"category '{Category}': {Describe(Kind)} '{Shown}' at position {Position}{(LogLine > 0 ? $" (log file line {LogLine})" : "")}");

    private static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.TestSetBsn => "BSN of the RvIG test set",
        PersonalDataKind.TestSetName => "name of the RvIG test set",
        PersonalDataKind.BsnInUrl => "BSN (passes the elfproef) in a URL",
        _ => kind.ToString(),
    };
}
