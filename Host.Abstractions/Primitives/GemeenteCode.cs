using System.Diagnostics.CodeAnalysis;

namespace Host.Abstractions;

/// <summary>
/// A gemeente (municipality) by its four-digit CBS gemeentecode, for example <c>0599</c> for Rotterdam.
/// The gemeente is the tenant: every record of personal data belongs to exactly one.
/// </summary>
public readonly record struct GemeenteCode
{
    private readonly string? _value;

    private GemeenteCode(string value) => _value = value;

    /// <summary>The four digits, leading zeros included.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This GemeenteCode was not created by GemeenteCode.Parse or GemeenteCode.TryParse.");

    /// <summary>Parses a four-digit gemeentecode.</summary>
    /// <param name="input">The code, for example <c>0599</c>.</param>
    /// <param name="code">The code, or the default when <paramref name="input"/> is not four digits.</param>
    /// <returns><see langword="true"/> when <paramref name="input"/> is four digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? input, out GemeenteCode code)
    {
        code = default;
        if (input is not { Length: 4 } || !input.All(char.IsAsciiDigit))
        {
            return false;
        }

        code = new GemeenteCode(input);
        return true;
    }

    /// <summary>Parses a four-digit gemeentecode.</summary>
    /// <param name="input">The code, for example <c>0599</c>.</param>
    /// <exception cref="FormatException"><paramref name="input"/> is not four digits.</exception>
    public static GemeenteCode Parse(string input) => TryParse(input, out var code)
        ? code
        : throw new FormatException($"A gemeentecode has four digits; '{input}' does not.");

    /// <summary>Returns the four digits.</summary>
    public override string ToString() => Value;
}
