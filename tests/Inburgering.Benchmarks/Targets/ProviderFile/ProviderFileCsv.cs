using System.Globalization;
using System.Text;

namespace Inburgering.Benchmarks.Targets.ProviderFile;

/// <summary>
/// Writes a valid delivery file in the published format (CSV, UTF-8, semicolons) row by row to disk: one TAAL row per
/// student per day from 1 January 2026, with 4 hours offered, 2 followed in person, 1 online and half an hour of each
/// kind of absence.
/// </summary>
internal static class ProviderFileCsv
{
    /// <summary>The columns of the file, in the order of the format's template.</summary>
    public static readonly string[] Columns =
    [
        "levering_id", "aanbieder_kvk", "bsn", "onderdeel", "periode_van", "periode_tot", "uren_aangeboden",
        "uren_gevolgd_fysiek", "uren_gevolgd_online", "uren_geoorloofd_verzuim", "uren_ongeoorloofd_verzuim",
    ];

    private static readonly DateOnly s_firstDay = new(2026, 1, 1);

    /// <summary>Writes <paramref name="rows"/> rows for <paramref name="bsns"/> to <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The students have fewer than 366 days to cover the rows, so a period would leave 2026.</exception>
    public static async Task WriteAsync(string path, string referentie, IReadOnlyList<string> bsns, int rows, CancellationToken cancellationToken)
    {
        var days = (rows + bsns.Count - 1) / bsns.Count;
        if (days > 300)
        {
            throw new ArgumentException($"{rows} rows need {days} days per student; add students so each gets at most 300 days.", nameof(rows));
        }

        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(string.Join(';', Columns));

        var written = 0;
        for (var day = 0; day < days && written < rows; day++)
        {
            var date = s_firstDay.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            for (var student = 0; student < bsns.Count && written < rows; student++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteLineAsync($"{referentie};{ProviderFileHost.AanbiederKvk};{bsns[student]};TAAL;{date};{date};4;2;1;0.5;0.5");
                written++;
            }
        }
    }
}
