using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 4: education and work experience in the country of origin.</summary>
internal sealed class OpleidingWerkervaringOnderdeel : IntakeOnderdeel
{
    public static FieldDefinition Opleiding { get; } = new("opleidingHerkomstland", new LocalizedText("Opleiding in het land van herkomst", "Education in the country of origin"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText("Scholen en opleidingen met het aantal jaren en de diploma's; schrijf 'geen' als er geen zijn.", "Schools and courses with the number of years and the diplomas; write 'none' if there are none."),
    };

    public static FieldDefinition Werkervaring { get; } = new("werkervaringHerkomstland", new LocalizedText("Werkervaring in het land van herkomst", "Work experience in the country of origin"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText("Beroepen en functies met het aantal jaren; schrijf 'geen' als er geen zijn.", "Occupations and jobs with the number of years; write 'none' if there are none."),
    };

    public override string Key => "opleiding-werkervaring";

    public override LocalizedText Naam { get; } = new("Opleiding en werkervaring in het land van herkomst", "Education and work experience in the country of origin");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [Opleiding, Werkervaring];

    public override bool IsIngevuld(BredeIntake intake) => intake.OpleidingHerkomstland is not null && intake.WerkervaringHerkomstland is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(Opleiding, intake.OpleidingHerkomstland),
        new(Werkervaring, intake.WerkervaringHerkomstland),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var opleiding = form.Text(Opleiding);
        var werkervaring = form.Text(Werkervaring);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.OpleidingHerkomstland = opleiding;
        intake.WerkervaringHerkomstland = werkervaring;
        return [];
    }
}
