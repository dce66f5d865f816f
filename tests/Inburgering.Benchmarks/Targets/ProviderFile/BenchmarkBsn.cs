using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Benchmarks.Targets.ProviderFile;

/// <summary>Valid BSNs for generated students, from 100000000 up, clear of the RvIG test set (999…).</summary>
internal static class BenchmarkBsn
{
    private const int Base = 10_000_000;

    /// <summary>
    /// Returns <paramref name="count"/> BSNs that pass the 11-check, starting at candidate <paramref name="first"/>.
    /// A candidate without a check digit that passes <see cref="Bsn.TryParse"/> is skipped.
    /// </summary>
    public static IReadOnlyList<string> Range(int first, int count)
    {
        var bsns = new List<string>(count);
        for (var candidate = first; bsns.Count < count; candidate++)
        {
            var digits = (Base + candidate).ToString(CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (9 - i) * (digits[i] - '0');
            }

            var bsn = digits + (sum % 11).ToString(CultureInfo.InvariantCulture);
            if (Bsn.TryParse(bsn, out _, out _))
            {
                bsns.Add(bsn);
            }
        }

        return bsns;
    }
}
