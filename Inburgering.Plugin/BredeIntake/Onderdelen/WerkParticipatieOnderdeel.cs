using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 8: the possibilities for work and participation: employee skills, work experience and practical competences.</summary>
internal sealed class WerkParticipatieOnderdeel : IntakeOnderdeel
{
    public static FieldDefinition Werknemersvaardigheden { get; } = new("werknemersvaardigheden", new LocalizedText("Werknemersvaardigheden", "Employee skills"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText("Bijvoorbeeld op tijd komen, samenwerken en instructies opvolgen.", "For example punctuality, working together and following instructions."),
    };

    public static FieldDefinition Werkervaring { get; } = new("werkervaring", new LocalizedText("Werkervaring", "Work experience"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText("Werk en vrijwilligerswerk in Nederland en daarbuiten; schrijf 'geen' als er geen is.", "Paid and voluntary work in the Netherlands and elsewhere; write 'none' if there is none."),
    };

    public static FieldDefinition PraktischeCompetenties { get; } = new("praktischeCompetenties", new LocalizedText("Praktische competenties", "Practical competences"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
    };

    public override string Key => "werk-participatie";

    public override LocalizedText Naam { get; } = new("Mogelijkheden voor werk en participatie", "Possibilities for work and participation");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [Werknemersvaardigheden, Werkervaring, PraktischeCompetenties];

    public override bool IsIngevuld(BredeIntake intake) =>
        intake.Werknemersvaardigheden is not null && intake.Werkervaring is not null && intake.PraktischeCompetenties is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(Werknemersvaardigheden, intake.Werknemersvaardigheden),
        new(Werkervaring, intake.Werkervaring),
        new(PraktischeCompetenties, intake.PraktischeCompetenties),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var vaardigheden = form.Text(Werknemersvaardigheden);
        var werkervaring = form.Text(Werkervaring);
        var competenties = form.Text(PraktischeCompetenties);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.Werknemersvaardigheden = vaardigheden;
        intake.Werkervaring = werkervaring;
        intake.PraktischeCompetenties = competenties;
        return [];
    }
}
