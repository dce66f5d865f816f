using Host.Abstractions;
using Inburgering.Plugin.Leerroutes;

namespace Inburgering.Plugin.BredeIntake;

/// <summary>The fields of the leerroute the consulent chooses for the PIP, and of the advice they are compared with.</summary>
internal static class LeerrouteKeuze
{
    public static FieldDefinition Advies { get; } = new("adviesLeerroute", new LocalizedText("Advies uit de leerbaarheidstoets", "Advice from the learnability test"), FieldType.Choice)
    {
        Choices = LeerrouteNames.Choices,
    };

    public static FieldDefinition GekozenLeerroute { get; } = new("gekozenLeerroute", new LocalizedText("Gekozen leerroute voor het PIP", "Learning route chosen for the PIP"), FieldType.Choice)
    {
        Required = true,
        Choices = LeerrouteNames.Choices,
    };

    public static FieldDefinition Afwijkingsreden { get; } = new("afwijkingsreden", new LocalizedText("Afwijkingsreden", "Reason for the deviation"), FieldType.MultilineText)
    {
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText(
            "Verplicht als de gekozen leerroute afwijkt van het advies uit de leerbaarheidstoets, of als er geen advies is (vrijstelling of nog geen toets).",
            "Required when the chosen learning route differs from the advice of the learnability test, or when there is no advice (exemption or no test yet)."),
    };

    public static FieldDefinition Afgerond { get; } = new("afgerondOp", new LocalizedText("Afgerond op", "Completed on"), FieldType.Date)
    {
        Privacy = PrivacyClass.Normal,
    };
}
