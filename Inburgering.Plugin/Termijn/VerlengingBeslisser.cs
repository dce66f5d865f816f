namespace Inburgering.Plugin.Termijn;

/// <summary>
/// Who decided a verlenging. Sources disagree on whether DUO or the gemeente decides, so each verlenging records it.
/// </summary>
internal enum VerlengingBeslisser
{
    /// <summary>DUO, on behalf of the minister.</summary>
    Duo,

    /// <summary>The college of the gemeente.</summary>
    Gemeente,
}
