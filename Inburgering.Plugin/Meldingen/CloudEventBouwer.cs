using System.Globalization;
using System.Text.Json;

namespace Inburgering.Plugin.Meldingen;

/// <summary>Turns an outbox row into the bytes of its CloudEvent request body.</summary>
internal static class CloudEventBouwer
{
    /// <summary>Returns the structured-mode JSON of <paramref name="melding"/> as UTF-8, as every attempt sends it.</summary>
    /// <param name="melding">The notification.</param>
    /// <param name="source">The CloudEvents <c>source</c>, from <see cref="MeldingenSettings"/>.</param>
    public static byte[] Bouw(Melding melding, string source)
    {
        ArgumentNullException.ThrowIfNull(melding);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);

        var data = melding.Data is null
            ? null
            : JsonSerializer.Deserialize(melding.Data, MeldingJsonContext.Default.IReadOnlyDictionaryStringString);
        var cloudEvent = new CloudEvent
        {
            Id = melding.Id.ToString("D"),
            Source = source,
            Type = melding.Type,
            Subject = melding.Subject,
            Time = Rfc3339(melding.Tijd),
            Data = data,
        };

        return JsonSerializer.SerializeToUtf8Bytes(cloudEvent, CloudEventJsonContext.Default.CloudEvent);
    }

    /// <summary>Formats a moment in UTC as RFC 3339 with <c>Z</c>, leaving out a fraction of zero.</summary>
    public static string Rfc3339(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
