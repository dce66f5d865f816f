namespace Inburgering.Plugin.Overdracht;

/// <summary>Maps a brede intake to the package's intake summary and health part, and back.</summary>
internal static class OverdrachtIntakeSamenvatting
{
    /// <summary>Returns the summary of a finished intake; health details are not part of it.</summary>
    public static OverdrachtIntake Van(BredeIntake.BredeIntake intake, DateOnly afgerondOp)
    {
        ArgumentNullException.ThrowIfNull(intake);

        return new OverdrachtIntake(afgerondOp)
        {
            Zelfredzaamheid = intake.Zelfredzaamheid?.ToString(),
            NiveauNederlands = intake.NiveauNederlands?.ToString(),
            AlfabetiseringNodig = intake.AlfabetiseringNodig,
            LeerbaarheidstoetsAfname = intake.LeerbaarheidstoetsAfname?.ToString(),
            LeerbaarheidstoetsScore = intake.LeerbaarheidstoetsScore,
            LeerbaarheidstoetsDatum = intake.LeerbaarheidstoetsDatum,
            LeerbaarheidstoetsCesuur = intake.LeerbaarheidstoetsCesuur,
            OpleidingHerkomstland = intake.OpleidingHerkomstland,
            WerkervaringHerkomstland = intake.WerkervaringHerkomstland,
            DigitaleVaardigheden = intake.DigitaleVaardigheden?.ToString(),
            TolkNodig = intake.TolkNodig,
            TolkTaal = intake.TolkTaal,
            GekozenLeerroute = intake.GekozenLeerroute?.ToString(),
            Afwijkingsreden = intake.Afwijkingsreden,
            Ontwikkelwensen = intake.Ontwikkelwensen,
        };
    }

    /// <summary>
    /// Returns the health part, or <see langword="null"/> when <paramref name="reden"/> is empty or the intake holds no
    /// health details. Only the physical and the psychological notes go along, never the other intake fields.
    /// </summary>
    public static OverdrachtGezondheid? Gezondheid(BredeIntake.BredeIntake? intake, string? reden)
    {
        if (string.IsNullOrWhiteSpace(reden) || intake is null)
        {
            return null;
        }

        if (intake.GezondheidLichamelijk is null && intake.GezondheidPsychisch is null)
        {
            return null;
        }

        return new OverdrachtGezondheid(reden.Trim())
        {
            Lichamelijk = intake.GezondheidLichamelijk,
            Psychisch = intake.GezondheidPsychisch,
        };
    }
}
