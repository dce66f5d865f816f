using System.Globalization;
using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// The rules of DUO's leerbaarheidstoets: a raw score out of 40, and the pass mark (cesuur) in force on the test date.
/// The cesuur was lowered from 31 to 28 on 12 April 2023 (Divosa, "maatregelen leerbaarheidstoets"), so a score is
/// always judged against the cesuur of its own test date.
/// </summary>
internal static class Leerbaarheidstoets
{
    /// <summary>The highest raw score.</summary>
    public const int MaximumScore = 40;

    /// <summary>The cesuur for tests taken before <see cref="VerlaagdeCesuurVanaf"/>.</summary>
    public const int CesuurTot12April2023 = 31;

    /// <summary>The cesuur for tests taken on or after <see cref="VerlaagdeCesuurVanaf"/>.</summary>
    public const int CesuurVanaf12April2023 = 28;

    /// <summary>The first day of the lowered cesuur.</summary>
    public static DateOnly VerlaagdeCesuurVanaf { get; } = new(2023, 4, 12);

    /// <summary>
    /// The first day a test can have been taken: the test came with the Wet inburgering 2021, in force since
    /// 1 January 2022.
    /// </summary>
    public static DateOnly EersteToetsdatum { get; } = new(2022, 1, 1);

    /// <summary>Returns the cesuur in force on <paramref name="toetsdatum"/>.</summary>
    public static int CesuurOp(DateOnly toetsdatum) =>
        toetsdatum < VerlaagdeCesuurVanaf ? CesuurTot12April2023 : CesuurVanaf12April2023;

    /// <summary>Returns the result of a test with <paramref name="score"/> taken on <paramref name="toetsdatum"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not between 0 and 40.</exception>
    public static ToetsUitslag Uitslag(int score, DateOnly toetsdatum)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(score);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(score, MaximumScore);

        return new ToetsUitslag(score, toetsdatum, CesuurOp(toetsdatum));
    }

    /// <summary>
    /// Returns why <paramref name="toetsdatum"/> cannot be a test date on <paramref name="vandaag"/>, or
    /// <see langword="null"/> when it can: it must not lie in the future or before <see cref="EersteToetsdatum"/>.
    /// </summary>
    public static LocalizedText? ToetsdatumFout(DateOnly toetsdatum, DateOnly vandaag)
    {
        if (toetsdatum > vandaag)
        {
            return new LocalizedText(
                $"De datum van de leerbaarheidstoets ligt in de toekomst. Vul de dag in waarop de toets is afgenomen, uiterlijk vandaag ({Dutch(vandaag)}).",
                $"The date of the learnability test lies in the future. Enter the day the test was taken, today ({English(vandaag)}) at the latest.");
        }

        if (toetsdatum < EersteToetsdatum)
        {
            return new LocalizedText(
                "De datum van de leerbaarheidstoets ligt voor 1 januari 2022, toen de toets begon. Controleer het jaar.",
                "The date of the learnability test lies before 1 January 2022, when the test started. Check the year.");
        }

        return null;
    }

    private static string Dutch(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));

    private static string English(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
