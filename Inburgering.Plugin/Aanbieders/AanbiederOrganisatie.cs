namespace Inburgering.Plugin.Aanbieders;

/// <summary>
/// The organisation a login acts for, read from <see cref="Host.Abstractions.ICurrentUser.Organisation"/>: a KvK number
/// of eight digits, and the vestigingsnummer of twelve digits when the login names a branch.
/// </summary>
/// <param name="KvkNummer">The KvK number.</param>
/// <param name="Vestigingsnummer">The branch, or <see langword="null"/> when the login is for the whole organisation.</param>
internal sealed record AanbiederOrganisatie(string KvkNummer, string? Vestigingsnummer)
{
    /// <summary>The number of digits of a KvK number.</summary>
    public const int KvkLengte = 8;

    /// <summary>The number of digits of a KvK vestigingsnummer.</summary>
    public const int VestigingsnummerLengte = 12;

    /// <summary>
    /// Parses <c>kvk</c> or <c>kvk/vestigingsnummer</c>. Returns <see langword="false"/> for <see langword="null"/>, for
    /// a value with other parts, and for numbers of the wrong length or with other characters than digits.
    /// </summary>
    public static bool TryParse(string? organisation, out AanbiederOrganisatie? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(organisation))
        {
            return false;
        }

        var parts = organisation.Trim().Split('/');
        if (parts.Length > 2 || !IsDigits(parts[0], KvkLengte))
        {
            return false;
        }

        if (parts.Length == 2 && !IsDigits(parts[1], VestigingsnummerLengte))
        {
            return false;
        }

        result = new AanbiederOrganisatie(parts[0], parts.Length == 2 ? parts[1] : null);
        return true;
    }

    /// <summary>Returns whether <paramref name="text"/> has exactly <paramref name="length"/> ASCII digits.</summary>
    public static bool IsDigits(string? text, int length) => text is not null && text.Length == length && text.All(char.IsAsciiDigit);

    /// <summary>
    /// Returns whether the login may act for <paramref name="aanbieder"/>: the same KvK number, and the same
    /// vestigingsnummer when both the login and the aanbieder name one.
    /// </summary>
    public bool Omvat(Aanbieder aanbieder)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);

        if (aanbieder.KvkNummer != KvkNummer)
        {
            return false;
        }

        return Vestigingsnummer is null || aanbieder.Vestigingsnummer is null || aanbieder.Vestigingsnummer == Vestigingsnummer;
    }
}
