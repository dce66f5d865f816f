using System.Globalization;

namespace Host.Abstractions;

/// <summary>
/// A text that municipal staff read, in Dutch and in English. Dutch is the default.
/// </summary>
/// <param name="Nl">The Dutch text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Nl, string En)
{
    /// <summary>Returns the English text when <paramref name="culture"/> is English, otherwise the Dutch text.</summary>
    /// <param name="culture">The culture to pick for; usually <see cref="CultureInfo.CurrentUICulture"/>.</param>
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);

        return culture.TwoLetterISOLanguageName == "en" ? En : Nl;
    }

    /// <summary>Returns the text for <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public override string ToString() => For(CultureInfo.CurrentUICulture);
}
