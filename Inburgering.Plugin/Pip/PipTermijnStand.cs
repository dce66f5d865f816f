namespace Inburgering.Plugin.Pip;

/// <summary>The state of the PIP deadline of a dossier.</summary>
internal enum PipTermijnStand
{
    /// <summary>DUO's kennisgeving has not arrived, so the deadline cannot be set.</summary>
    NogNietTeBepalen,

    /// <summary>The deadline is 10 weeks after its basis date.</summary>
    Lopend,

    /// <summary>Extended and open: the gemeente waits for information from a third party.</summary>
    VerlengdWachtOpInformatie,

    /// <summary>Extended: the information arrived and the deadline is at most 2 weeks later.</summary>
    Verlengd,
}

/// <summary>The date the PIP deadline counts from.</summary>
internal enum PipTermijnBasis
{
    /// <summary>The day of DUO's kennisgeving.</summary>
    DuoKennisgeving,

    /// <summary>The day the BRP registered the person in the gemeente, when that is later than the kennisgeving.</summary>
    BrpInschrijving,
}
