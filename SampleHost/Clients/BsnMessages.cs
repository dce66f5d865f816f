using Host.Abstractions;

namespace SampleHost.Clients;

/// <summary>What a user reads when a BSN is not valid, and how to fix it.</summary>
internal static class BsnMessages
{
    public static LocalizedText For(BsnError error) => error switch
    {
        BsnError.Missing => new("Vul een BSN in.", "Enter a BSN."),
        BsnError.NotDigits => new("Een BSN bestaat alleen uit cijfers; spaties en punten mogen.", "A BSN contains digits only; spaces and dots are allowed."),
        BsnError.WrongLength => new("Een BSN heeft 9 cijfers; een nummer van 8 cijfers krijgt een voorloopnul.", "A BSN has 9 digits; a number of 8 digits gets a leading zero."),
        BsnError.AllZeros => new("Een BSN kan niet uit alleen nullen bestaan.", "A BSN cannot be all zeros."),
        _ => new("Dit BSN klopt niet (het voldoet niet aan de elfproef). Controleer de cijfers.", "This BSN is not valid (it fails the elfproef check). Check the digits."),
    };
}
