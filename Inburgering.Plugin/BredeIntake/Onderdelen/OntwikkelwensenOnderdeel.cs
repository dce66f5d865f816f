using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 10: what the person wants to learn or achieve (ontwikkelwensen), in work, education or daily life.</summary>
internal sealed class OntwikkelwensenOnderdeel : IntakeOnderdeel
{
    public static FieldDefinition Ontwikkelwensen { get; } = new("ontwikkelwensen", new LocalizedText("Ontwikkelwensen", "Development wishes"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText("Bijvoorbeeld een opleiding, een beroep of vrijwilligerswerk.", "For example a course, an occupation or voluntary work."),
    };

    public override string Key => "ontwikkelwensen";

    public override LocalizedText Naam { get; } = new("Ontwikkelwensen", "Development wishes");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [Ontwikkelwensen];

    public override bool IsIngevuld(BredeIntake intake) => intake.Ontwikkelwensen is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) => [new(Ontwikkelwensen, intake.Ontwikkelwensen)];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var wensen = form.Text(Ontwikkelwensen);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.Ontwikkelwensen = wensen;
        return [];
    }
}
