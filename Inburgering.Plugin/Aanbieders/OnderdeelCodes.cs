using Host.Abstractions;
using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Aanbieders;

/// <summary>The codes of <see cref="Cursusonderdeel"/> as the delivery format and the forms use them, with their labels.</summary>
internal static class OnderdeelCodes
{
    private static readonly (Cursusonderdeel Onderdeel, string Code, LocalizedText Label)[] s_codes =
    [
        (Cursusonderdeel.Taal, "TAAL", new("Taal (NT2)", "Language (Dutch as a second language)")),
        (Cursusonderdeel.Knm, "KNM", new("Kennis van de Nederlandse maatschappij (KNM)", "Knowledge of Dutch society (KNM)")),
        (Cursusonderdeel.Map, "MAP", new("Module Arbeidsmarkt en Participatie (MAP)", "Labour market and participation module (MAP)")),
        (Cursusonderdeel.Pvt, "PVT", new("Participatieverklaringstraject (PVT)", "Participation statement programme (PVT)")),
        (Cursusonderdeel.Alfabetisering, "ALFA", new("Alfabetisering", "Literacy")),
        (Cursusonderdeel.Participatie, "PARTICIPATIE", new("Participatie (Z-route)", "Participation (Z-route)")),
    ];

    /// <summary>The choices of a form or list column, in the order of the delivery format.</summary>
    public static IReadOnlyList<ChoiceOption> Choices { get; } = [.. s_codes.Select(c => new ChoiceOption(c.Code, c.Label))];

    /// <summary>Returns the code of <paramref name="onderdeel"/>, such as <c>TAAL</c>.</summary>
    public static string Code(Cursusonderdeel onderdeel) => s_codes.Single(c => c.Onderdeel == onderdeel).Code;

    /// <summary>Parses a code such as <c>KNM</c>; only the exact codes count.</summary>
    public static bool TryParse(string? code, out Cursusonderdeel onderdeel)
    {
        foreach (var entry in s_codes)
        {
            if (entry.Code == code)
            {
                onderdeel = entry.Onderdeel;
                return true;
            }
        }

        onderdeel = default;
        return false;
    }
}
