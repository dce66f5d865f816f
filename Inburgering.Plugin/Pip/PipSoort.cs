namespace Inburgering.Plugin.Pip;

/// <summary>Why a <see cref="PipVersie"/> was drawn up: the first PIP or one of the revisions.</summary>
internal enum PipSoort
{
    /// <summary>The first PIP; its dagtekening starts the inburgeringstermijn.</summary>
    Eerste,

    /// <summary>A change of leerroute, allowed in the first 18 months of the termijn, or any time when leaving the onderwijsroute.</summary>
    Schakelen,

    /// <summary>From B1 to A2 within the B1-route, after 600 NT2 hours at a keurmerk school and shown effort.</summary>
    Afschalen,

    /// <summary>A new PIP after a move to this gemeente; the leerroute stays the same.</summary>
    Verhuizing,

    /// <summary>Another change, such as the support or the intensity of PVT and MAP.</summary>
    Wijziging,
}
