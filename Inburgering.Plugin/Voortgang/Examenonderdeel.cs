namespace Inburgering.Plugin.Voortgang;

/// <summary>
/// An exam part of the inburgeringsexamen. ONA (orientatie op de Nederlandse arbeidsmarkt) is left out because the Wet
/// inburgering 2021 replaced it with the MAP.
/// </summary>
internal enum Examenonderdeel
{
    Lezen,

    Luisteren,

    Spreken,

    Schrijven,

    Knm,
}
