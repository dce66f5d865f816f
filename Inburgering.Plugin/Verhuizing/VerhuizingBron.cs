namespace Inburgering.Plugin.Verhuizing;

/// <summary>Where the move was detected.</summary>
internal enum VerhuizingBron
{
    /// <summary>The BRP returned another gemeente of registration, in the daily check or a check from the dossier.</summary>
    Brp,

    /// <summary>The host reported a changed address of the client in another gemeente.</summary>
    Host,
}
