using Inburgering.Plugin.BredeIntake.Onderdelen;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>
/// The parts of the brede intake in the order of the screen. They cover the topics of Wet inburgering 2021, article
/// 14, and Divosa's minimum list: zelfredzaamheid, Dutch, the leerbaarheidstoets, education and work in the country of
/// origin, health, family and network, vve, and work and participation. Digital skills, ontwikkelwensen and the
/// interpreter come on top.
/// </summary>
internal static class IntakeOnderdelen
{
    /// <summary>The maximum length of a typed text in the intake.</summary>
    public const int TekstMaxLength = 2000;

    public static ZelfredzaamheidOnderdeel Zelfredzaamheid { get; } = new();

    public static NiveauNederlandsOnderdeel NiveauNederlands { get; } = new();

    public static LeerbaarheidstoetsOnderdeel Leerbaarheidstoets { get; } = new();

    public static OpleidingWerkervaringOnderdeel OpleidingWerkervaring { get; } = new();

    public static GezondheidOnderdeel Gezondheid { get; } = new();

    public static GezinOnderdeel Gezin { get; } = new();

    public static VveOnderdeel Vve { get; } = new();

    public static WerkParticipatieOnderdeel WerkParticipatie { get; } = new();

    public static DigitaleVaardighedenOnderdeel DigitaleVaardigheden { get; } = new();

    public static OntwikkelwensenOnderdeel Ontwikkelwensen { get; } = new();

    public static TolkOnderdeel Tolk { get; } = new();

    /// <summary>Every part, in order.</summary>
    public static IReadOnlyList<IntakeOnderdeel> All { get; } =
    [
        Zelfredzaamheid,
        NiveauNederlands,
        Leerbaarheidstoets,
        OpleidingWerkervaring,
        Gezondheid,
        Gezin,
        Vve,
        WerkParticipatie,
        DigitaleVaardigheden,
        Ontwikkelwensen,
        Tolk,
    ];
}
