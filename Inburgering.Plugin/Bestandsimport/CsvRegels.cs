using System.Runtime.CompilerServices;
using CsvHelper;

namespace Inburgering.Plugin.Bestandsimport;

/// <summary>
/// Streams the records of a CSV file with CsvHelper: UTF-8 with or without a byte order mark, quoted fields that
/// contain the separator, quotes or line breaks (RFC 4180), and empty lines skipped. The line number of a record is the
/// physical line where it starts, so it stays right after a value with line breaks.
/// </summary>
internal sealed class CsvRegels(Func<Stream> open, char scheidingsteken) : IRuweRegels
{
    /// <summary>The separator between the fields: <c>;</c> or <c>,</c>.</summary>
    public char Scheidingsteken => scheidingsteken;

    /// <summary>
    /// The line of a quoted field that the last read found never closed, or <see langword="null"/>. CsvHelper then reads
    /// the rest of the file as one value, so the file must be rejected.
    /// </summary>
    public long? OpenAanhalingstekenOp { get; private set; }

    public async IAsyncEnumerable<RuweRegel> LeesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        OpenAanhalingstekenOp = null;
        var options = new CsvReaderOptions
        {
            Separator = scheidingsteken,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record =>
            {
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    OpenAanhalingstekenOp = record.LineNumber;
                }
            },
        };

        await using var reader = CsvReader.Create(open(), options, leaveOpen: false);
        while (await reader.ReadAsync(cancellationToken))
        {
            var velden = new string?[reader.FieldCount];
            for (var index = 0; index < velden.Length; index++)
            {
                velden[index] = reader.GetString(index);
            }

            yield return new RuweRegel(checked((int)reader.LineNumber), velden);
        }
    }
}
