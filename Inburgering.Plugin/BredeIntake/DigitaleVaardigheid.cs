namespace Inburgering.Plugin.BredeIntake;

/// <summary>How well the person uses a computer, a smartphone and online services such as DigiD.</summary>
internal enum DigitaleVaardigheid
{
    /// <summary>Does not use digital devices.</summary>
    Geen,

    /// <summary>Uses a smartphone for calls and messages, and needs help with online services.</summary>
    Basis,

    /// <summary>Uses online services such as DigiD and e-mail without help.</summary>
    Zelfstandig,
}
