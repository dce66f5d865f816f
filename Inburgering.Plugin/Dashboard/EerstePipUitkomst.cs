namespace Inburgering.Plugin.Dashboard;

/// <summary>How the dagtekening of a first PIP relates to the PIP deadline of its dossier.</summary>
internal enum EerstePipUitkomst
{
    /// <summary>Adopted on or before the deadline, or while the deadline was open for information from a third party.</summary>
    Binnen,

    /// <summary>Adopted after the deadline.</summary>
    TeLaat,

    /// <summary>The deadline cannot be set because the date of DUO's kennisgeving is missing.</summary>
    TermijnOnbekend,
}
