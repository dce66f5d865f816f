using System.Text.Json;

namespace Showcase.Plugin.Api;

/// <summary>The JSON form of a note, shared by the notes operations.</summary>
internal static class NotitieJson
{
    public const string Schema = """
        {"type":"object","required":["id","tekst"],"properties":{"id":{"type":"integer","description":"Het nummer van de notitie."},"tekst":{"type":"string","description":"De tekst van de notitie."}}}
        """;

    public static byte[] Serialize(Notitie notitie) => JsonSerializer.SerializeToUtf8Bytes(ToObject(notitie));

    public static object ToObject(Notitie notitie) => new { id = notitie.Id, tekst = notitie.Tekst };
}
