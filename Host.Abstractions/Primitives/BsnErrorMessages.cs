namespace Host.Abstractions;

/// <summary>
/// The messages for a typed BSN that is not valid, with how to fix it, so hosts and plugins show the same text.
/// </summary>
public static class BsnErrorMessages
{
    /// <summary>Returns the message for <paramref name="error"/> in Dutch and English.</summary>
    /// <param name="error">Why the BSN is not valid.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="error"/> is not a defined <see cref="BsnError"/>.</exception>
    public static LocalizedText For(BsnError error) => error switch
    {
        BsnError.Missing => new LocalizedText(
            "Vul een BSN in. Een BSN heeft 9 cijfers.",
            "Enter a BSN. A BSN has 9 digits."),
        BsnError.NotDigits => new LocalizedText(
            "Een BSN bestaat alleen uit cijfers; spaties, punten en streepjes mogen ertussen staan. Verwijder de andere tekens.",
            "A BSN contains only digits; spaces, dots and hyphens may separate them. Remove the other characters."),
        BsnError.WrongLength => new LocalizedText(
            "Een BSN heeft 9 cijfers; 8 cijfers krijgen een voorloopnul. Controleer of u het hele nummer hebt overgenomen.",
            "A BSN has 9 digits; 8 digits get a leading zero. Check that you copied the whole number."),
        BsnError.AllZeros => new LocalizedText(
            "Een BSN kan niet uit alleen nullen bestaan. Vul het BSN van de persoon in.",
            "A BSN cannot be all zeros. Enter the person's BSN."),
        BsnError.CheckDigit => new LocalizedText(
            "Dit BSN is ongeldig: het voldoet niet aan de elfproef. Controleer of u een cijfer verkeerd hebt overgenomen.",
            "This BSN is invalid: it fails the elfproef (the BSN check digit test). Check for a mistyped digit."),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "Unknown BsnError."),
    };
}
