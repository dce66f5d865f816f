using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 2: the person's current level of Dutch, and whether literacy education (alfabetisering) is needed.</summary>
internal sealed class NiveauNederlandsOnderdeel : IntakeOnderdeel
{
    public static FieldDefinition Niveau { get; } = new("niveauNederlands", new LocalizedText("Huidig niveau Nederlands", "Current level of Dutch"), FieldType.Choice)
    {
        Required = true,
        Choices =
        [
            new(nameof(NiveauNederlands.A0), new LocalizedText("A0 (nog geen Nederlands)", "A0 (no Dutch yet)")),
            new(nameof(NiveauNederlands.A1), new LocalizedText("A1", "A1")),
            new(nameof(NiveauNederlands.A2), new LocalizedText("A2", "A2")),
            new(nameof(NiveauNederlands.B1), new LocalizedText("B1", "B1")),
            new(nameof(NiveauNederlands.B2OfHoger), new LocalizedText("B2 of hoger", "B2 or higher")),
        ],
    };

    public static FieldDefinition AlfabetiseringNodig { get; } = new("alfabetiseringNodig", new LocalizedText("Alfabetisering nodig", "Literacy education needed"), FieldType.Boolean)
    {
        Hint = new LocalizedText("Ja als de persoon nog moet leren lezen en schrijven in het Latijnse schrift.", "Yes when the person still has to learn to read and write in the Latin script."),
    };

    public override string Key => "niveau-nederlands";

    public override LocalizedText Naam { get; } = new("Huidig niveau Nederlands", "Current level of Dutch");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [Niveau, AlfabetiseringNodig];

    public override bool IsIngevuld(BredeIntake intake) => intake.NiveauNederlands is not null && intake.AlfabetiseringNodig is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(Niveau, intake.NiveauNederlands?.ToString()),
        new(AlfabetiseringNodig, intake.AlfabetiseringNodig),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var niveau = form.Choice<NiveauNederlands>(Niveau);
        var alfabetisering = form.Boolean(AlfabetiseringNodig);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.NiveauNederlands = niveau;
        intake.AlfabetiseringNodig = alfabetisering;
        return [];
    }
}
