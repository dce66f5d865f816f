using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static Inburgering.Plugin.Overdracht.Bestand.OverdrachtFoutmeldingen;

namespace Inburgering.Plugin.Overdracht.Bestand;

/// <summary>
/// The signed file as a JWS in the flattened JSON serialization (RFC 7515 §7.2.2): <c>protected</c>, <c>payload</c>
/// and <c>signature</c>, each base64url without padding. The signature covers the ASCII of
/// <c>protected + "." + payload</c> as written in the file.
/// </summary>
internal sealed record OverdrachtJws(string Protected, string Payload, string Signature)
{
    /// <summary>The bytes the signature covers (RFC 7515 §5.1, step 8).</summary>
    public byte[] SigningInput => Encoding.ASCII.GetBytes($"{Protected}.{Payload}");

    /// <summary>Writes the file: a JSON object with the three members, UTF-8 without BOM.</summary>
    public byte[] Schrijf()
    {
        var bestand = new JsonObject
        {
            ["protected"] = Protected,
            ["payload"] = Payload,
            ["signature"] = Signature,
        };
        return JsonSerializer.SerializeToUtf8Bytes(bestand, JsonNodeContext.Default.JsonObject);
    }

    /// <summary>Encodes <paramref name="bytes"/> as base64url without padding.</summary>
    public static string Codeer(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    /// <summary>
    /// Reads the three members of a file, or returns every problem with its envelope: not JSON, not an object, a member
    /// missing or not text, or text that is not base64url.
    /// </summary>
    public static (OverdrachtJws? Jws, byte[] Kop, byte[] Payload, byte[] Handtekening, List<OverdrachtFout> Fouten) Ontleed(byte[] bestand)
    {
        var fouten = new List<OverdrachtFout>();
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(bestand, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException exception)
        {
            fouten.Add(Fout(HeleBestand,
                $"Het bestand is geen geldige JSON (regel {exception.LineNumber + 1}, positie {exception.BytePositionInLine + 1}). Lever het bestand aan zoals het verzendende systeem het maakte.",
                $"The file is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}). Upload the file exactly as the sending system made it."));
            return (null, [], [], [], fouten);
        }

        if (root is not JsonObject envelop)
        {
            fouten.Add(Fout(HeleBestand,
                "Het bestand is geen ondertekend overdrachtspakket: verwacht een JSON-object met 'protected', 'payload' en 'signature'.",
                "The file is not a signed handover package: expected a JSON object with 'protected', 'payload' and 'signature'."));
            return (null, [], [], [], fouten);
        }

        var kop = Lid(envelop, "protected", fouten);
        var payload = Lid(envelop, "payload", fouten);
        var handtekening = Lid(envelop, "signature", fouten);
        if (fouten.Count > 0)
        {
            return (null, [], [], [], fouten);
        }

        return (new OverdrachtJws(kop.Tekst!, payload.Tekst!, handtekening.Tekst!), kop.Bytes!, payload.Bytes!, handtekening.Bytes!, fouten);
    }

    private static (string? Tekst, byte[]? Bytes) Lid(JsonObject envelop, string naam, List<OverdrachtFout> fouten)
    {
        var pad = Pad(HeleBestand, naam);
        if (!envelop.TryGetPropertyValue(naam, out var waarde) || waarde is null)
        {
            fouten.Add(Fout(pad,
                $"Het veld '{naam}' ontbreekt; een ondertekend overdrachtspakket heeft 'protected', 'payload' en 'signature'.",
                $"The member '{naam}' is missing; a signed handover package has 'protected', 'payload' and 'signature'."));
            return (null, null);
        }

        if (waarde.GetValueKind() != JsonValueKind.String)
        {
            fouten.Add(Fout(pad,
                $"Het veld '{naam}' moet tekst in base64url zijn, maar is {waarde.GetValueKind()}.",
                $"The member '{naam}' must be base64url text, but is {waarde.GetValueKind()}."));
            return (null, null);
        }

        var tekst = waarde.GetValue<string>();
        if (tekst.Length == 0 || tekst.Contains('=', StringComparison.Ordinal) || !Base64Url.IsValid(tekst))
        {
            fouten.Add(Fout(pad,
                $"Het veld '{naam}' is geen geldige base64url (zonder '='-opvulling). Het bestand is beschadigd; vraag de afzender het opnieuw te sturen.",
                $"The member '{naam}' is not valid base64url (without '=' padding). The file is damaged; ask the sender to send it again."));
            return (null, null);
        }

        return (tekst, Base64Url.DecodeFromChars(tekst));
    }
}

/// <summary>The source-generated JSON of the file's envelope.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(JsonObject))]
internal sealed partial class JsonNodeContext : System.Text.Json.Serialization.JsonSerializerContext;
