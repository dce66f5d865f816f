namespace Inburgering.Benchmarks.Generation;

/// <summary>Makes GUIDs from a seeded <see cref="Random"/>, so two runs with the same seed give the same ids.</summary>
internal static class DeterministicIds
{
    /// <summary>Returns a version-4 GUID whose random bits come from <paramref name="random"/>.</summary>
    public static Guid Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);

        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);

        // Version 4 and the RFC 9562 variant, as Guid.NewGuid makes them.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>Returns a <see cref="Random"/> for item <paramref name="index"/> of the run with <paramref name="seed"/>.</summary>
    public static Random For(int seed, int index, int stream = 0) =>
        new(unchecked((seed * 1_000_003) + (index * 7919) + (stream * 104_729)));
}
