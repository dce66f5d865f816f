namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// Whether the person took the leerbaarheidstoets or the gemeente exempted them because of a visual or hearing
/// impairment (Wet inburgering 2021, article 14, since 2023).
/// </summary>
internal enum LeerbaarheidstoetsAfname
{
    /// <summary>The person took the test; the intake has the score, the date and the cesuur.</summary>
    Afgenomen,

    /// <summary>Exempted because of a visual impairment; no score.</summary>
    VrijstellingVisueleBeperking,

    /// <summary>Exempted because of a hearing impairment; no score.</summary>
    VrijstellingAuditieveBeperking,
}
