namespace Inburgering.Plugin.BredeIntake;

/// <summary>How well the person manages daily life without help, as the consulent judges it in the brede intake.</summary>
internal enum Zelfredzaamheid
{
    /// <summary>Manages daily life without help.</summary>
    Zelfredzaam,

    /// <summary>Manages some of daily life and needs help with the rest.</summary>
    GedeeltelijkZelfredzaam,

    /// <summary>Needs help with most of daily life.</summary>
    NietZelfredzaam,
}
