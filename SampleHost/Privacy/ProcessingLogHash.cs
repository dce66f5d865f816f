using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace SampleHost.Privacy;

/// <summary>
/// Computes the hash of a processing log record: SHA-256 over its canonical form, written as 64 lowercase hex
/// characters.
/// </summary>
/// <remarks>
/// The canonical form is a compact JSON array in UTF-8 of, in this order: the format version <c>1</c>, the
/// gemeente, the sequence number (a JSON number), the moment as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC, the actor
/// id, the actor's roles, the activity id, the operation, the subject id type, the subject pseudonym, the trace id,
/// the span id, the parent span id and the previous record's hash. Missing values are JSON <c>null</c>. The array
/// form keeps field boundaries unambiguous, so no two different records share a canonical form. Changing the form
/// needs a new format version, because earlier records keep their hashes.
/// <para>
/// Format version <c>2</c> appends the organisation the actor acted for after the previous hash. A record without one
/// keeps the form of version <c>1</c>, so the records written before the organisation was stored still verify; a
/// record whose organisation is removed or added later no longer matches its hash, because the version is hashed too.
/// </para>
/// </remarks>
internal static class ProcessingLogHash
{
    /// <summary>The previous hash of a gemeente's first record.</summary>
    public static readonly string Genesis = new('0', 64);

    private const int FormatVersion = 1;

    private const int FormatVersionWithOrganisation = 2;

    public static string Compute(ProcessingLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);

        return Convert.ToHexStringLower(SHA256.HashData(CanonicalForm(entry)));
    }

    /// <summary>Returns the moment as the log stores and hashes it: UTC, truncated to whole milliseconds.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    public static byte[] CanonicalForm(ProcessingLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(entry.OnBehalfOf is null ? FormatVersion : FormatVersionWithOrganisation);
            json.WriteStringValue(entry.Gemeente);
            json.WriteNumberValue(entry.Sequence);
            json.WriteStringValue(entry.Tijdstip.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteStringValue(entry.ActorId);
            json.WriteStringValue(entry.ActorRoles);
            json.WriteStringValue(entry.ActivityId);
            json.WriteStringValue(entry.Operation);
            json.WriteStringValue(entry.SubjectIdType);
            json.WriteStringValue(entry.SubjectPseudonym);
            json.WriteStringValue(entry.TraceId);
            json.WriteStringValue(entry.SpanId);
            json.WriteStringValue(entry.ParentSpanId);
            json.WriteStringValue(entry.PreviousHash);
            if (entry.OnBehalfOf is { } organisation)
            {
                json.WriteStringValue(organisation);
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
