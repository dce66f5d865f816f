using System.Globalization;

namespace Inburgering.Benchmarks.Generation;

/// <summary>
/// Hands out unique BSNs that pass the elfproef, counting up from <see cref="First"/>. The range 990,000,000 to
/// 999,899,999 sits below the RvIG test set (999,9xx,xxx), so a generated number never equals a demo person's.
/// </summary>
/// <remarks>
/// NOTE: no public list of issued BSNs exists to check this range against, so "no real person has one of these
/// numbers" is not proven. The generator is for throwaway benchmark and test databases only.
/// </remarks>
internal sealed class TestBsnSequence
{
    /// <summary>The first number tried.</summary>
    public const int First = 990_000_000;

    /// <summary>The last number handed out; about 900,000 numbers in the range pass the elfproef.</summary>
    public const int Last = 999_899_999;

    private int _next = First;

    /// <summary>Returns the next valid BSN as nine digits.</summary>
    /// <exception cref="InvalidOperationException">The range is used up.</exception>
    public string Next()
    {
        while (_next <= Last)
        {
            var candidate = _next++;
            if (PassesElfproef(candidate))
            {
                return candidate.ToString("D9", CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException($"The test BSN range {First}–{Last} is used up; generate fewer dossiers.");
    }

    /// <summary>
    /// Returns whether the nine digits pass the elfproef for a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11.
    /// </summary>
    public static bool PassesElfproef(int number)
    {
        var sum = -(number % 10);
        var rest = number / 10;
        for (var weight = 2; weight <= 9; weight++)
        {
            sum += weight * (rest % 10);
            rest /= 10;
        }

        return sum % 11 == 0;
    }
}
