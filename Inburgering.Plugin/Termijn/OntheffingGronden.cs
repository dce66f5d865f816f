namespace Inburgering.Plugin.Termijn;

/// <summary>Which <see cref="OntheffingGrond"/> values belong to each <see cref="OntheffingSoort"/>.</summary>
internal static class OntheffingGronden
{
    public static IReadOnlyList<OntheffingGrond> Ontheffing { get; } =
        [OntheffingGrond.MedischOfPsychisch, OntheffingGrond.AantoonbareInspanning, OntheffingGrond.Anders];

    public static IReadOnlyList<OntheffingGrond> Vrijstelling { get; } =
        [OntheffingGrond.Diploma, OntheffingGrond.AchtJaarInNederlandOpSchoolleeftijd, OntheffingGrond.Anders];

    /// <summary>Returns the grounds allowed for <paramref name="soort"/>.</summary>
    public static IReadOnlyList<OntheffingGrond> Voor(OntheffingSoort soort) =>
        soort == OntheffingSoort.Ontheffing ? Ontheffing : Vrijstelling;
}
