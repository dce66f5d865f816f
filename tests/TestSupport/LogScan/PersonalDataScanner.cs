using System.Text.RegularExpressions;

namespace TestSupport.LogScan;

/// <summary>
/// Finds BSNs and names of the RvIG test set in log text, and any nine digits that pass the elfproef in a URL's
/// path or query.
/// </summary>
/// <remarks>
/// Names match as whole words (maximal runs of letters), case-sensitive, with the spelling of the test set. Words
/// that cause false hits are not searched: see <see cref="IgnoredNameWords"/> for each one and its reason.
/// </remarks>
public sealed partial class PersonalDataScanner
{
    /// <summary>
    /// Name words shorter than this are not searched. Words of one to three letters in the set are initials
    /// ("A", "K"), particles ("de", "van", "het", "'t"), English words ("The", "Man") and short names ("Jan", "Bos",
    /// "Pip") that also appear in ordinary log text and type names (the plugin's <c>Pip</c> namespace); a short
    /// word alone rarely identifies a person.
    /// </summary>
    public const int MinimumNameLength = 4;

    private readonly IReadOnlySet<string> _bsns;
    private readonly HashSet<string> _nameWords;

    /// <summary>Creates a scanner for the entries of <paramref name="testSet"/>.</summary>
    public PersonalDataScanner(RvigTestSetEntries testSet)
    {
        ArgumentNullException.ThrowIfNull(testSet);

        _bsns = testSet.Bsns;
        _nameWords = [.. testSet.NameWords.Where(w => w.Length >= MinimumNameLength && !IgnoredNameWords.ContainsKey(w))];
    }

    /// <summary>
    /// Name words of the test set that are also ordinary words in log text of this solution, with the reason, so
    /// they are not searched.
    /// </summary>
    public static IReadOnlyDictionary<string, string> IgnoredNameWords { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Onbekend"] = "Dutch for 'unknown'. The set uses it as a placeholder geslachtsnaam, and Dutch texts use it as an ordinary word, so a hit would not point at a person.",
    };

    /// <summary>The number of name words searched.</summary>
    public int NameWordCount => _nameWords.Count;

    /// <summary>Returns every hit in <paramref name="text"/>, logged under <paramref name="category"/>.</summary>
    /// <param name="category">The logger's category, reported with each hit.</param>
    /// <param name="text">The message, with the exception after it when there is one.</param>
    /// <param name="logLine">The line of the message in a log file, reported with each hit; 0 for none.</param>
    public IReadOnlyList<PersonalDataHit> Scan(string category, string text, long logLine = 0)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(text);

        var hits = new List<PersonalDataHit>();

        foreach (var number in LogWords.Numbers(text).Where(n => n.Text.Length == 9 && _bsns.Contains(n.Text)))
        {
            hits.Add(new PersonalDataHit(category, PersonalDataKind.TestSetBsn, number.Position, PersonalDataHit.Mask(number.Text), logLine));
        }

        foreach (Match url in Url().Matches(text))
        {
            // A run of digits inside a longer token, such as a GUID segment, is no BSN.
            foreach (var number in LogWords.Numbers(url.Value).Where(n => n.Text.Length == 9 && IsWholeToken(url.Value, n.Position) && !_bsns.Contains(n.Text) && PassesElfproef(n.Text)))
            {
                hits.Add(new PersonalDataHit(category, PersonalDataKind.BsnInUrl, url.Index + number.Position, PersonalDataHit.Mask(number.Text), logLine));
            }
        }

        foreach (var word in LogWords.Split(text).Where(w => _nameWords.Contains(w.Text)))
        {
            hits.Add(new PersonalDataHit(category, PersonalDataKind.TestSetName, word.Position, word.Text, logLine));
        }

        return hits;
    }

    /// <summary>Returns whether the nine digits at <paramref name="position"/> stand alone, with no letter or digit beside them.</summary>
    private static bool IsWholeToken(string text, int position) =>
        (position == 0 || !char.IsLetterOrDigit(text[position - 1]))
        && (position + 9 >= text.Length || !char.IsLetterOrDigit(text[position + 9]));

    /// <summary>
    /// Returns whether nine digits pass the elfproef for a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11,
    /// and the number is not zero.
    /// </summary>
    public static bool PassesElfproef(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || digits.All(c => c == '0'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (digits[i] - '0') * (9 - i);
        }

        sum -= digits[8] - '0';
        return sum % 11 == 0;
    }

    /// <summary>
    /// An absolute URL, or a path that starts a word (after a space, quote, bracket or the start of the text), up to
    /// the next space or quote. This covers the request lines that ASP.NET Core and HttpClient log.
    /// </summary>
    [GeneratedRegex("""(?:https?://|(?<=^|[\s"'(\[=])/)[^\s"'<>]*""")]
    private static partial Regex Url();
}
