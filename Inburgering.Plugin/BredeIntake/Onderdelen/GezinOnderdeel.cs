using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 6: the family situation and the social network.</summary>
internal sealed class GezinOnderdeel : IntakeOnderdeel
{
    public static FieldDefinition Gezinssituatie { get; } = new("gezinssituatie", new LocalizedText("Gezinssituatie", "Family situation"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
    };

    public static FieldDefinition SociaalNetwerk { get; } = new("sociaalNetwerk", new LocalizedText("Sociaal netwerk", "Social network"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
    };

    public override string Key => "gezin";

    public override LocalizedText Naam { get; } = new("Gezinssituatie en sociaal netwerk", "Family situation and social network");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [Gezinssituatie, SociaalNetwerk];

    public override bool IsIngevuld(BredeIntake intake) => intake.Gezinssituatie is not null && intake.SociaalNetwerk is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(Gezinssituatie, intake.Gezinssituatie),
        new(SociaalNetwerk, intake.SociaalNetwerk),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var gezinssituatie = form.Text(Gezinssituatie);
        var netwerk = form.Text(SociaalNetwerk);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.Gezinssituatie = gezinssituatie;
        intake.SociaalNetwerk = netwerk;
        return [];
    }
}
