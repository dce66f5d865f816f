namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// The short number of an aanmelding that screens show and the end form reads: the last eight hex digits of its id.
/// The ids are version 7 GUIDs, whose first digits are a timestamp, so the last digits (random) tell them apart.
/// </summary>
internal static class AanmeldingNummer
{
    public const int Lengte = 8;

    public static string Van(Aanmelding aanmelding)
    {
        ArgumentNullException.ThrowIfNull(aanmelding);

        return aanmelding.Id.ToString("N")[^Lengte..];
    }

    /// <summary>Returns the one aanmelding of <paramref name="aanmeldingen"/> whose number is <paramref name="nummer"/>, or <see langword="null"/>.</summary>
    public static Aanmelding? Zoek(IEnumerable<Aanmelding> aanmeldingen, string? nummer)
    {
        var genormaliseerd = nummer?.Trim().ToLowerInvariant();
        if (genormaliseerd is null || genormaliseerd.Length != Lengte)
        {
            return null;
        }

        var gevonden = aanmeldingen.Where(m => Van(m) == genormaliseerd).Take(2).ToList();
        return gevonden.Count == 1 ? gevonden[0] : null;
    }
}
