using CsvHelper;

namespace SampleHost.Brp.StandIn;

/// <summary>
/// Reads the RvIG test set: UTF-8 with a byte order mark, <c>;</c> between fields, and a header row that names each
/// column by its LO GBA element, such as <c>01.01.20</c> for the BSN.
/// </summary>
internal static class RvigCsvReader
{
    private static readonly CsvReaderOptions s_options = CsvReaderOptions.Default with
    {
        Separator = ';',
        HasHeader = true,
        TrimWhitespace = true,
    };

    /// <summary>
    /// Reads all persoonslijsten. A row whose first column is not empty (an id such as <c>Lg01_716</c>) starts a
    /// persoonslijst, and the rows after it with an empty first column belong to the same persoonslijst.
    /// </summary>
    /// <exception cref="InvalidDataException">The file has no header, or data before the first persoonslijst starts.</exception>
    /// <param name="stream">The file; a UTF-8 byte order mark is skipped.</param>
    public static IReadOnlyList<RvigPersoonslijst> Read(Stream stream)
    {
        using var csv = CsvReader.Create(stream, s_options, leaveOpen: true);

        var header = csv.Headers;
        if (header.Count == 0)
        {
            throw new InvalidDataException("The RvIG test set has no header row.");
        }

        var columns = IndexColumns(header);
        var persoonslijsten = new List<RvigPersoonslijst>();
        List<RvigRow>? rows = null;

        while (csv.Read())
        {
            var values = csv.Current.ToArray();
            var startsPersoonslijst = values.Length > 0 && values[0].Trim().Length > 0;

            if (startsPersoonslijst)
            {
                AddIfAny(persoonslijsten, rows);
                rows = [];
            }
            else if (rows is null)
            {
                throw new InvalidDataException($"Record {csv.RowNumber} of the RvIG test set continues a persoonslijst, but no persoonslijst has started.");
            }

            rows.Add(new RvigRow(columns, values));
        }

        AddIfAny(persoonslijsten, rows);
        return persoonslijsten;
    }

    private static Dictionary<string, int> IndexColumns(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        return columns;
    }

    private static void AddIfAny(List<RvigPersoonslijst> persoonslijsten, List<RvigRow>? rows)
    {
        if (rows is { Count: > 0 })
        {
            persoonslijsten.Add(new RvigPersoonslijst(rows));
        }
    }
}
