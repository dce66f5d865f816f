namespace TestSupport.LogScan;

/// <summary>A word or a run of digits in a text, with its position.</summary>
/// <param name="Text">The word.</param>
/// <param name="Position">The index of its first character in the text.</param>
public readonly record struct LogWord(string Text, int Position);

/// <summary>Splits text into whole words (runs of letters) and whole numbers (runs of digits).</summary>
public static class LogWords
{
    /// <summary>Returns the maximal runs of letters in <paramref name="text"/>; accents and other marks belong to the word.</summary>
    public static IEnumerable<LogWord> Split(string text) => Runs(text, IsWordCharacter);

    /// <summary>Returns the maximal runs of the digits 0 to 9 in <paramref name="text"/>.</summary>
    public static IEnumerable<LogWord> Numbers(string text) => Runs(text, char.IsAsciiDigit);

    private static bool IsWordCharacter(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static IEnumerable<LogWord> Runs(string text, Func<char, bool> belongs)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && belongs(text[i]);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                yield return new LogWord(text[start..i], start);
                start = -1;
            }
        }
    }
}
