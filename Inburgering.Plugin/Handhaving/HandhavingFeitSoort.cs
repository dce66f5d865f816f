namespace Inburgering.Plugin.Handhaving;

/// <summary>The kinds of fact the gemeente records before it weighs a measure.</summary>
internal enum HandhavingFeitSoort
{
    /// <summary>The person did not take part in the brede intake despite the invitation(s) (Wet inburgering 2021, art. 22).</summary>
    NietDeelgenomenBredeIntake,

    /// <summary>The person culpably did not meet an obligation of the PIP (Wet inburgering 2021, art. 23).</summary>
    PipVerwijtbaarNietNagekomen,

    /// <summary>
    /// Why the case of an asielstatushouder is exceptional, for example proven, persistent unwillingness. Without it the
    /// module proposes no fine for an asielstatushouder.
    /// </summary>
    UitzonderlijkGeval,
}
