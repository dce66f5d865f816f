namespace Inburgering.Plugin.DuoSignalen;

/// <summary>Where a DUO signal is in the inbox.</summary>
internal enum DuoSignaalStatus
{
    /// <summary>Entered, not yet handled.</summary>
    Nieuw,

    /// <summary>Processed: the dossier it concerns was registered or changed.</summary>
    Verwerkt,

    /// <summary>Rejected with a reason, for example a signal entered by mistake; no dossier changed.</summary>
    Afgewezen,
}
