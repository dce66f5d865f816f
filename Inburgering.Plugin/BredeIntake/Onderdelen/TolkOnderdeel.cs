using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 11: whether the person needs an interpreter in conversations with the gemeente, and in which language.</summary>
internal sealed class TolkOnderdeel : IntakeOnderdeel
{
    private static readonly string[] s_ja = ["true"];

    public static FieldDefinition TolkNodig { get; } = new("tolkNodig", new LocalizedText("Tolk nodig", "Interpreter needed"), FieldType.Boolean)
    {
        Privacy = PrivacyClass.Normal,
    };

    public static FieldDefinition Taal { get; } = new("tolkTaal", new LocalizedText("Taal van de tolk", "Language of the interpreter"), FieldType.Text)
    {
        Required = true,
        MaxLength = 100,
        VisibleWhen = new FieldCondition("tolkNodig", s_ja),
    };

    public override string Key => "tolk";

    public override LocalizedText Naam { get; } = new("Tolk", "Interpreter");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [TolkNodig, Taal];

    public override bool IsIngevuld(BredeIntake intake) => intake.TolkNodig is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(TolkNodig, intake.TolkNodig),
        new(Taal, intake.TolkTaal),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var nodig = form.Boolean(TolkNodig) ?? false;
        var taal = form.Text(Taal);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.TolkNodig = nodig;
        intake.TolkTaal = nodig ? taal : null;
        return [];
    }
}
