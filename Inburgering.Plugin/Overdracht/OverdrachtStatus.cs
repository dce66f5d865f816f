namespace Inburgering.Plugin.Overdracht;

/// <summary>The stage of a warme overdracht between two gemeenten of one deployment.</summary>
internal enum OverdrachtStatus
{
    /// <summary>The sender prepared the package and checks the preview; the receiver does not see it yet.</summary>
    Voorbereid,

    /// <summary>Sent: the receiver can now read it, and accepts or refuses it.</summary>
    Verzonden,

    /// <summary>The receiver took the package over into a dossier of its own.</summary>
    Geaccepteerd,

    /// <summary>The receiver refused the package, with a reason.</summary>
    Geweigerd,

    /// <summary>The sender withdrew the package before the receiver accepted it, with a reason.</summary>
    Ingetrokken,
}
