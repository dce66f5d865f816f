using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 9: digital skills.</summary>
internal sealed class DigitaleVaardighedenOnderdeel : IntakeOnderdeel
{
    public static FieldDefinition Niveau { get; } = new("digitaleVaardigheden", new LocalizedText("Digitale vaardigheden", "Digital skills"), FieldType.Choice)
    {
        Required = true,
        Choices =
        [
            new(nameof(DigitaleVaardigheid.Geen), new LocalizedText("Geen: gebruikt geen computer of smartphone", "None: uses no computer or smartphone")),
            new(nameof(DigitaleVaardigheid.Basis), new LocalizedText("Basis: belt en appt, heeft hulp nodig bij online diensten", "Basic: calls and messages, needs help with online services")),
            new(nameof(DigitaleVaardigheid.Zelfstandig), new LocalizedText("Zelfstandig: gebruikt DigiD en e-mail zonder hulp", "Independent: uses DigiD and e-mail without help")),
        ],
    };

    public static FieldDefinition Toelichting { get; } = new("digitaleVaardighedenToelichting", new LocalizedText("Toelichting op de digitale vaardigheden", "Explanation of the digital skills"), FieldType.MultilineText)
    {
        MaxLength = IntakeOnderdelen.TekstMaxLength,
    };

    public override string Key => "digitale-vaardigheden";

    public override LocalizedText Naam { get; } = new("Digitale vaardigheden", "Digital skills");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [Niveau, Toelichting];

    public override bool IsIngevuld(BredeIntake intake) => intake.DigitaleVaardigheden is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(Niveau, intake.DigitaleVaardigheden?.ToString()),
        new(Toelichting, intake.DigitaleVaardighedenToelichting),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var niveau = form.Choice<DigitaleVaardigheid>(Niveau);
        var toelichting = form.Text(Toelichting);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.DigitaleVaardigheden = niveau;
        intake.DigitaleVaardighedenToelichting = toelichting;
        return [];
    }
}
