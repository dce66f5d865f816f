using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>Part 7: the options of voor- en vroegschoolse educatie (vve) for the person's young children.</summary>
internal sealed class VveOnderdeel : IntakeOnderdeel
{
    public static FieldDefinition AantalKinderen { get; } = new("aantalKinderenJongerDanVier", new LocalizedText("Aantal kinderen jonger dan 4 jaar", "Number of children under 4"), FieldType.Number)
    {
        Required = true,
        Minimum = 0,
        Maximum = 20,
    };

    public static FieldDefinition Toelichting { get; } = new("vveToelichting", new LocalizedText("Mogelijkheden voor vve", "Early childhood education options"), FieldType.MultilineText)
    {
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText("Bijvoorbeeld een peuteropvang in de buurt of een aanmelding bij het consultatiebureau.", "For example a preschool nearby or a registration with the child health centre."),
    };

    public override string Key => "vve";

    public override LocalizedText Naam { get; } = new("VVE: mogelijkheden voor jonge kinderen", "Early childhood education for young children");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [AantalKinderen, Toelichting];

    public override bool IsIngevuld(BredeIntake intake) => intake.AantalKinderenJongerDanVier is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(AantalKinderen, intake.AantalKinderenJongerDanVier),
        new(Toelichting, intake.VveToelichting),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var aantal = form.Number(AantalKinderen);
        var toelichting = form.Text(Toelichting);
        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.AantalKinderenJongerDanVier = aantal;
        intake.VveToelichting = toelichting;
        return [];
    }
}
