namespace Inburgering.Plugin.Termijn;

/// <summary>Whether DUO released the person from the obligation (ontheffing) or found them exempt (vrijstelling).</summary>
internal enum OntheffingSoort
{
    /// <summary>Released from the obligation (Wet inburgering 2021, art. 5).</summary>
    Ontheffing,

    /// <summary>Exempt from the obligation, for example because of a Dutch diploma.</summary>
    Vrijstelling,
}
