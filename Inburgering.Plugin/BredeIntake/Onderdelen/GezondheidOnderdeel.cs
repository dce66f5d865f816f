using Host.Abstractions;
using Inburgering.Plugin.Security;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>
/// Part 5: physical and mental health. Health is a special category of personal data (AVG article 9): every field
/// needs <see cref="InburgeringPermissions.Gezondheid"/> to be seen or entered, and no log message contains it. The
/// consulent may record that health was not discussed, with the reason.
/// </summary>
internal sealed class GezondheidOnderdeel : IntakeOnderdeel
{
    private static readonly string[] s_ja = ["true"];

    public static FieldDefinition NietBesproken { get; } = Special(new("gezondheidNietBesproken", new LocalizedText("Gezondheid niet besproken", "Health not discussed"), FieldType.Boolean)
    {
        Hint = new LocalizedText("Kruis aan als gezondheid in de intake niet aan de orde kwam, en geef de reden.", "Tick when health was not discussed in the intake, and give the reason."),
    });

    public static FieldDefinition NietBesprokenReden { get; } = Special(new("gezondheidNietBesprokenReden", new LocalizedText("Reden dat gezondheid niet is besproken", "Reason health was not discussed"), FieldType.MultilineText)
    {
        Required = true,
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        VisibleWhen = new FieldCondition("gezondheidNietBesproken", s_ja),
    });

    public static FieldDefinition Lichamelijk { get; } = Special(new("gezondheidLichamelijk", new LocalizedText("Lichamelijke gezondheid", "Physical health"), FieldType.MultilineText)
    {
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText("Alleen wat nodig is voor de inburgering; schrijf 'geen bijzonderheden' als er niets te melden is.", "Only what the civic integration needs; write 'nothing to note' if there is nothing."),
    });

    public static FieldDefinition Psychisch { get; } = Special(new("gezondheidPsychisch", new LocalizedText("Psychische gezondheid", "Mental health"), FieldType.MultilineText)
    {
        MaxLength = IntakeOnderdelen.TekstMaxLength,
        Hint = new LocalizedText("Alleen wat nodig is voor de inburgering; schrijf 'geen bijzonderheden' als er niets te melden is.", "Only what the civic integration needs; write 'nothing to note' if there is nothing."),
    });

    public override string Key => "gezondheid";

    public override LocalizedText Naam { get; } = new("Gezondheid, lichamelijk en psychisch", "Health, physical and mental");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [NietBesproken, NietBesprokenReden, Lichamelijk, Psychisch];

    public override string? ExtraPermission => InburgeringPermissions.Gezondheid;

    public override bool IsIngevuld(BredeIntake intake) =>
        intake.GezondheidNietBesproken
            ? intake.GezondheidNietBesprokenReden is not null
            : intake.GezondheidLichamelijk is not null && intake.GezondheidPsychisch is not null;

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(NietBesproken, intake.GezondheidNietBesproken),
        new(NietBesprokenReden, intake.GezondheidNietBesprokenReden),
        new(Lichamelijk, intake.GezondheidLichamelijk),
        new(Psychisch, intake.GezondheidPsychisch),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var nietBesproken = form.Boolean(NietBesproken) ?? false;
        var reden = form.Text(NietBesprokenReden);
        var lichamelijk = form.Text(Lichamelijk);
        var psychisch = form.Text(Psychisch);
        if (!nietBesproken)
        {
            RequireWhenDiscussed(form, Lichamelijk, lichamelijk);
            RequireWhenDiscussed(form, Psychisch, psychisch);
        }

        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.GezondheidNietBesproken = nietBesproken;
        intake.GezondheidNietBesprokenReden = nietBesproken ? reden : null;
        intake.GezondheidLichamelijk = nietBesproken ? null : lichamelijk;
        intake.GezondheidPsychisch = nietBesproken ? null : psychisch;
        return [];
    }

    private static void RequireWhenDiscussed(IntakeForm form, FieldDefinition field, string? value)
    {
        if (value is null && form.Errors.All(e => e.FieldKey != field.Key))
        {
            form.AddError(field, new LocalizedText(
                $"Vul {field.Label.Nl} in, of kruis 'Gezondheid niet besproken' aan en geef de reden.",
                $"Enter {field.Label.En}, or tick 'Health not discussed' and give the reason."));
        }
    }

    private static FieldDefinition Special(FieldDefinition field) => field with
    {
        Privacy = PrivacyClass.SpecialCategory,
        ViewPermission = InburgeringPermissions.Gezondheid,
        EditPermission = InburgeringPermissions.Gezondheid,
    };
}
