namespace Inburgering.Plugin.Demo;

/// <summary>
/// How far a demo dossier is in the inburgering process, with the facts the seeder records for it. The dates count
/// back from today, so the deadline scan finds the same tasks on any day.
/// </summary>
internal enum DemoVerloop
{
    /// <summary>Linked a week ago, no DUO kennisgeving yet: the scan creates the task to plan the brede intake.</summary>
    Gekoppeld,

    /// <summary>Linked, with DUO's kennisgeving 60 days ago: the PIP is due in 10 days.</summary>
    GekoppeldPipBinnenkort,

    /// <summary>The brede intake started, without a leerbaarheidstoets yet; the PIP deadline passed 10 days ago.</summary>
    IntakeGestart,

    /// <summary>The brede intake is completed; the PIP deadline was extended while the gemeente waited for a third party.</summary>
    IntakeAfgerondPipVerlengd,

    /// <summary>A first PIP in the B1-route and a second version that switches to the Z-route; the PVT was just signed.</summary>
    PipGeschakeld,

    /// <summary>
    /// An asielstatushouder in the B1-route with ontzorgen, maatschappelijke begeleiding, hours over the last months,
    /// a held and a planned voortgangsgesprek.
    /// </summary>
    InTrajectBegeleid,

    /// <summary>In the B1-route; the PIP was scaled down to A2 after 600 hours of NT2.</summary>
    InTrajectAfgeschaald,

    /// <summary>The termijn ends within 6 months; the MAP eindgesprek was just held and a handhaving fact is recorded.</summary>
    InTrajectTermijnEindigt,

    /// <summary>The termijn was extended by DUO for illness and now ends within 6 months.</summary>
    InTrajectVerlengd,

    /// <summary>Voldaan in 2025, with a leerbaarheidstoets from before 12 April 2023 (cesuur 31).</summary>
    Voldaan2023,

    /// <summary>Voldaan 20 days ago in the Z-route.</summary>
    Voldaan,

    /// <summary>Closed after DUO granted an ontheffing on medical grounds.</summary>
    Ontheffing,

    /// <summary>Closed after the person moved to another gemeente during the brede intake.</summary>
    Vertrokken,
}
