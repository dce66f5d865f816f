using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 1: how well the person manages daily life, with an explanation.</summary>
internal sealed class ZelfredzaamheidOnderdeel : IntakeOnderdeel
{
    public static FieldDefinition Niveau { get; } = new("zelfredzaamheid", new LocalizedText("Zelfredzaamheid", "Self-reliance"), FieldType.Choice)
    {
        Required = true,
        Choices =
        [
            new(nameof(Zelfredzaamheid.Zelfredzaam), new LocalizedText("Zelfredzaam", "Self-reliant")),
            new(nameof(Zelfredzaamheid.GedeeltelijkZelfredzaam), new LocalizedText("Gedeeltelijk zelfredzaam", "Partly self-reliant")),
            new(nameof(Zelfredzaamheid.NietZelfredzaam), new LocalizedText("Niet zelfredzaam", "Not self-reliant")),
        ],
    };

    public static FieldDefinition Toelichting { get; } = new("zelfredzaamheidToelichting", new LocalizedText("Toelichting op de zelfredzaamheid", "Explanation of self-reliance"), FieldType.MultilineText)
    {
        MaxLength = IntakeOnderdelen.TekstMaxLength,
    };

    public override string Key => "zelfredzaamheid";

    public override LocalizedText Naam { get; } = new("Zelfredzaamheid", "Self-reliance");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [Niveau, Toelichting];

    public override bool IsIngevuld(BredeIntake intake) => intake.Zelfredzaamheid is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(Niveau, intake.Zelfredzaamheid?.ToString()),
        new(Toelichting, intake.ZelfredzaamheidToelichting),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var niveau = form.Choice<Zelfredzaamheid>(Niveau);
        var toelichting = form.Text(Toelichting);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.Zelfredzaamheid = niveau;
        intake.ZelfredzaamheidToelichting = toelichting;
        return [];
    }
}
