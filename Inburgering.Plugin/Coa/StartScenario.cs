namespace Inburgering.Plugin.Coa;

/// <summary>
/// When the inburgering of an asielstatushouder starts relative to the housing in the gemeente, as in the three start
/// scenarios of the warme overdracht from the COA to the gemeente that Divosa describes.
/// </summary>
internal enum StartScenario
{
    /// <summary>The gemeente starts the inburgering while the person still lives in the AZC, before housing.</summary>
    StartVoorHuisvesting,

    /// <summary>The brede intake and the PIP take place during the stay in the AZC; the trajectory follows the housing.</summary>
    IntakeEnPipInAzc,

    /// <summary>The gemeente starts the inburgering after the person has been housed.</summary>
    StartNaHuisvesting,
}
