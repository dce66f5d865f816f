using System.Diagnostics.CodeAnalysis;
using Host.Abstractions;

namespace Inburgering.Plugin.Dossiers;

/// <summary>
/// A vreemdelingennummer (V-nummer): the ten-digit number the immigration service gives a foreign national.
/// It identifies an asielstatushouder whom the COA links to the gemeente before the BRP has a BSN for them.
/// A value of this type is always ten digits.
/// </summary>
internal readonly record struct VNummer
{
    private readonly string? _value;

    private VNummer(string value) => _value = value;

    /// <summary>The ten digits, leading zeros included.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This VNummer was not created by VNummer.TryParse.");

    /// <summary>Normalises and validates user input: spaces and dots are removed, ten digits must remain.</summary>
    /// <param name="input">The V-nummer as typed, for example <c>12.34.56.7890</c>.</param>
    /// <param name="vnummer">The V-nummer, or the default when <paramref name="input"/> is not one.</param>
    /// <param name="error">What is wrong and how to fix it, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="input"/> is a valid V-nummer.</returns>
    public static bool TryParse(string? input, out VNummer vnummer, [NotNullWhen(false)] out LocalizedText? error)
    {
        vnummer = default;
        var digits = input is null
            ? string.Empty
            : string.Concat(input.Where(c => !char.IsWhiteSpace(c) && c != '.'));

        if (digits.Length == 0)
        {
            error = new LocalizedText(
                "Vul een V-nummer in. Een V-nummer heeft 10 cijfers.",
                "Enter a V-nummer. A V-nummer has 10 digits.");
            return false;
        }

        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            error = new LocalizedText(
                "Een V-nummer heeft 10 cijfers, zoals 1234567890; spaties en punten mogen. Neem het nummer over van de verblijfsvergunning of het informatieformulier van het COA.",
                "A V-nummer has 10 digits, such as 1234567890; spaces and dots are allowed. Copy the number from the residence permit or the COA information form.");
            return false;
        }

        vnummer = new VNummer(digits);
        error = null;
        return true;
    }

    /// <summary>Returns the ten digits.</summary>
    public override string ToString() => Value;
}
