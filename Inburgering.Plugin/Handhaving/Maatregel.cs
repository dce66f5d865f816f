namespace Inburgering.Plugin.Handhaving;

/// <summary>A measure the module can propose; the gemeente decides.</summary>
internal enum Maatregel
{
    /// <summary>The fixed fine of €250 for not taking part in the brede intake (Wet inburgering 2021, art. 22).</summary>
    BoeteBredeIntake,

    /// <summary>A fine of at most €800 for culpably breaching the PIP (Wet inburgering 2021, art. 23).</summary>
    BoetePip,

    /// <summary>A measure on the bijstand under the Participatiewet and the gemeente's afstemmingsverordening.</summary>
    Participatiewetmaatregel,
}
