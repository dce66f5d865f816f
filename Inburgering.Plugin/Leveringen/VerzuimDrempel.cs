namespace Inburgering.Plugin.Leveringen;

/// <summary>The rule that decides whether a delivered period's unauthorised absence needs the consulent's attention.</summary>
internal static class VerzuimDrempel
{
    /// <summary>
    /// Returns whether <paramref name="urenOngeoorloofdVerzuim"/> is more than <paramref name="drempelPercentage"/>
    /// percent of <paramref name="urenAangeboden"/>; absence exactly at the threshold is not above it.
    /// </summary>
    public static bool IsBoven(decimal urenOngeoorloofdVerzuim, decimal urenAangeboden, decimal drempelPercentage) =>
        urenOngeoorloofdVerzuim * 100m > drempelPercentage * urenAangeboden;
}
