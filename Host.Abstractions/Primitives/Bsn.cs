using System.Diagnostics.CodeAnalysis;

namespace Host.Abstractions;

/// <summary>
/// A burgerservicenummer (citizen service number): nine digits that pass the elfproef. A value of this type is
/// always valid. It is text, never a number, so leading zeros such as in <c>000009921</c> survive everywhere.
/// </summary>
/// <remarks>
/// The elfproef weighs the digits 9, 8, 7, 6, 5, 4, 3, 2 and -1; the sum must be a multiple of 11 and not zero.
/// Passing it does not mean the number was issued. Never write a BSN to a log or a URL.
/// </remarks>
public readonly record struct Bsn
{
    private static readonly int[] s_weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];

    private readonly string? _value;

    private Bsn(string value) => _value = value;

    /// <summary>The nine digits, leading zeros included.</summary>
    public string Value => _value ?? throw new InvalidOperationException("This Bsn was not created by Bsn.Parse or Bsn.TryParse.");

    /// <summary>
    /// Normalises and validates user input: spaces, dots and hyphens are removed, and eight digits get one leading
    /// zero, as older documents print a BSN without it.
    /// </summary>
    /// <param name="input">The BSN as typed, for example <c>9999.93.653</c> or <c>00009921</c>.</param>
    /// <param name="bsn">The valid BSN, or the default when <paramref name="input"/> is not one.</param>
    /// <param name="error">Why the input is not a valid BSN, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when <paramref name="input"/> is a valid BSN.</returns>
    public static bool TryParse(string? input, out Bsn bsn, [NotNullWhen(false)] out BsnError? error)
    {
        bsn = default;
        var digits = Normalize(input);
        if (digits.Length == 0)
        {
            error = BsnError.Missing;
            return false;
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            error = BsnError.NotDigits;
            return false;
        }

        if (digits.Length == 8)
        {
            digits = "0" + digits;
        }

        if (digits.Length != 9)
        {
            error = BsnError.WrongLength;
            return false;
        }

        if (digits.All(c => c == '0'))
        {
            error = BsnError.AllZeros;
            return false;
        }

        if (!PassesElfproef(digits))
        {
            error = BsnError.CheckDigit;
            return false;
        }

        bsn = new Bsn(digits);
        error = null;
        return true;
    }

    /// <summary>Parses a BSN that is known to be valid, such as one read back from storage.</summary>
    /// <param name="input">The BSN.</param>
    /// <exception cref="FormatException"><paramref name="input"/> is not a valid BSN.</exception>
    public static Bsn Parse(string input) => TryParse(input, out var bsn, out var error)
        ? bsn
        : throw new FormatException($"The value is not a valid BSN: {error}.");

    /// <summary>Returns the nine digits, leading zeros included.</summary>
    public override string ToString() => Value;

    private static string Normalize(string? input) => input is null
        ? string.Empty
        : string.Concat(input.Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '-'));

    private static bool PassesElfproef(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * s_weights[i];
        }

        return sum != 0 && sum % 11 == 0;
    }
}

/// <summary>Why a text is not a valid <see cref="Bsn"/>.</summary>
public enum BsnError
{
    /// <summary>Nothing was entered.</summary>
    Missing,

    /// <summary>The input contains something other than digits, spaces, dots and hyphens.</summary>
    NotDigits,

    /// <summary>The input has fewer than eight or more than nine digits.</summary>
    WrongLength,

    /// <summary>Every digit is zero.</summary>
    AllZeros,

    /// <summary>The digits fail the elfproef.</summary>
    CheckDigit,
}
