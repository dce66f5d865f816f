using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>What the PIP takes from the brede intake of one dossier.</summary>
/// <param name="IsAfgerond">Whether the intake is completed; only then may a PIP build on it.</param>
/// <param name="AfgerondOp">The day the intake was completed, or <see langword="null"/> while it is open.</param>
/// <param name="AdviesLeerroute">The leerroute the leerbaarheidstoets advises, or <see langword="null"/> without a test result (vrijstelling or no test yet).</param>
/// <param name="GekozenLeerroute">The leerroute the consulent chose for the PIP, or <see langword="null"/> before the choice.</param>
/// <param name="Afwijkingsreden">Why the chosen leerroute differs from the advice, or why there is no advice; <see langword="null"/> when it follows the advice.</param>
internal sealed record BredeIntakeUitkomst(
    bool IsAfgerond,
    DateOnly? AfgerondOp,
    Leerroute? AdviesLeerroute,
    Leerroute? GekozenLeerroute,
    string? Afwijkingsreden);
