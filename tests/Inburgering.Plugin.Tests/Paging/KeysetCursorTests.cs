using Inburgering.Plugin.Paging;

namespace Inburgering.Plugin.Tests.Paging;

public sealed class KeysetCursorTests
{
    private static readonly Type[] Types = [typeof(DateTimeOffset), typeof(DateOnly), typeof(int), typeof(string), typeof(Guid)];

    [Test]
    public void Decode_EncodedValues_ReturnsSameValues()
    {
        object[] values = [new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.FromHours(1)), new DateOnly(2026, 12, 4), -3, "a~b c%", PagingSeed.Id(1, 7)];

        var decoded = KeysetCursor.Decode(KeysetCursor.Encode(values), Types);

        Assert.That(decoded, Is.EqualTo(values));
    }

    [Test]
    public void Encode_Values_IsUrlSafe()
    {
        var cursor = KeysetCursor.Encode([new DateOnly(2026, 12, 4), "ä/?&=+", PagingSeed.Id(1, 7)]);

        Assert.That(cursor, Does.Match("^[A-Za-z0-9_-]+$"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not a cursor")]
    [TestCase("MjAyNi0xMi0wNA")]
    public void Decode_InvalidCursor_ReturnsNull(string? cursor)
    {
        var decoded = KeysetCursor.Decode(cursor, Types);

        Assert.That(decoded, Is.Null);
    }

    [Test]
    public void Decode_WrongValueType_ReturnsNull()
    {
        var cursor = KeysetCursor.Encode([new DateOnly(2026, 12, 4), PagingSeed.Id(1, 7)]);

        var decoded = KeysetCursor.Decode(cursor, [typeof(DateOnly), typeof(int)]);

        Assert.That(decoded, Is.Null);
    }
}
