namespace Inburgering.Plugin.Dossiers;

/// <summary>The doelgroep (target group) of the Wet inburgering 2021 that decides who pays for the course.</summary>
internal enum Doelgroep
{
    /// <summary>Holder of an asylum permit, including family members who joined later (nareizigers).</summary>
    Asielstatushouder,

    /// <summary>Holder of a regular permit for family reunification or formation.</summary>
    Gezinsmigrant,

    /// <summary>Holder of another non-temporary regular permit, such as a religious minister.</summary>
    OverigeMigrant,
}
