using Host.Abstractions;

namespace Inburgering.Plugin.BredeIntake.Onderdelen;

/// <summary>
/// Part 3: the leerbaarheidstoets, with the raw score, the test date and the cesuur in force on that date, or the
/// vrijstelling because of a visual or hearing impairment. The result gives the route advice.
/// </summary>
internal sealed class LeerbaarheidstoetsOnderdeel : IntakeOnderdeel
{
    private static readonly string[] s_afgenomen = [nameof(LeerbaarheidstoetsAfname.Afgenomen)];

    public static FieldDefinition Afname { get; } = new("leerbaarheidstoets", new LocalizedText("Leerbaarheidstoets", "Learnability test"), FieldType.Choice)
    {
        Required = true,
        Privacy = PrivacyClass.Normal,
        Choices =
        [
            new(nameof(LeerbaarheidstoetsAfname.Afgenomen), new LocalizedText("Afgenomen", "Taken")),
            new(nameof(LeerbaarheidstoetsAfname.VrijstellingVisueleBeperking), new LocalizedText("Vrijgesteld wegens een visuele beperking", "Exempted because of a visual impairment")),
            new(nameof(LeerbaarheidstoetsAfname.VrijstellingAuditieveBeperking), new LocalizedText("Vrijgesteld wegens een auditieve beperking", "Exempted because of a hearing impairment")),
        ],
    };

    public static FieldDefinition Score { get; } = new("leerbaarheidstoetsScore", new LocalizedText("Score van de leerbaarheidstoets", "Learnability test score"), FieldType.Number)
    {
        Required = true,
        Minimum = 0,
        Maximum = Leerbaarheidstoets.MaximumScore,
        Hint = new LocalizedText("De ruwe score, 0 tot en met 40.", "The raw score, 0 to 40."),
        VisibleWhen = new FieldCondition("leerbaarheidstoets", s_afgenomen),
    };

    public static FieldDefinition Datum { get; } = new("leerbaarheidstoetsDatum", new LocalizedText("Datum van de leerbaarheidstoets", "Date of the learnability test"), FieldType.Date)
    {
        Required = true,
        Hint = new LocalizedText(
            "De dag waarop de toets is afgenomen; niet in de toekomst. De cesuur hangt af van deze datum: 31 van 40 voor 12 april 2023, 28 van 40 vanaf 12 april 2023.",
            "The day the test was taken; not in the future. The pass mark depends on this date: 31 of 40 before 12 April 2023, 28 of 40 from 12 April 2023."),
        VisibleWhen = new FieldCondition("leerbaarheidstoets", s_afgenomen),
    };

    public static FieldDefinition Cesuur { get; } = new("leerbaarheidstoetsCesuur", new LocalizedText("Cesuur op de toetsdatum", "Pass mark on the test date"), FieldType.Number)
    {
        Privacy = PrivacyClass.Normal,
    };

    public static FieldDefinition Uitkomst { get; } = new("uitkomstLeerbaarheidstoets", new LocalizedText("Uitkomst leerbaarheidstoets", "Outcome of the learnability test"), FieldType.Choice)
    {
        Choices =
        [
            new(UitkomstHaalbaar, new LocalizedText("B1-route haalbaar", "B1 route feasible")),
            new(UitkomstNietHaalbaar, new LocalizedText("B1-route niet haalbaar", "B1 route not feasible")),
            new(UitkomstVrijgesteld, new LocalizedText("Geen uitkomst: vrijgesteld van de toets", "No outcome: exempted from the test")),
        ],
    };

    public const string UitkomstHaalbaar = "Haalbaar";

    public const string UitkomstNietHaalbaar = "NietHaalbaar";

    public const string UitkomstVrijgesteld = "Vrijgesteld";

    public override string Key => "leerbaarheidstoets";

    public override LocalizedText Naam { get; } = new("Leerbaarheidstoets", "Learnability test");

    public override IReadOnlyList<FieldDefinition> Inputs { get; } = [Afname, Score, Datum];

    public override bool IsIngevuld(BredeIntake intake) =>
        intake.LeerbaarheidstoetsAfname is { } afname && (afname != LeerbaarheidstoetsAfname.Afgenomen || intake.Toetsuitslag is not null);

    public override IReadOnlyList<FieldElement> Toon(BredeIntake intake) =>
    [
        new(Afname, intake.LeerbaarheidstoetsAfname?.ToString()),
        new(Score, intake.LeerbaarheidstoetsScore),
        new(Datum, intake.LeerbaarheidstoetsDatum),
        new(Cesuur, intake.LeerbaarheidstoetsCesuur),
        new(Uitkomst, UitkomstCode(intake)),
    ];

    public override IReadOnlyList<FieldError> Verwerk(BredeIntake intake, ActionRequest request, DateOnly vandaag)
    {
        var form = new IntakeForm(request);
        var afname = form.Choice<LeerbaarheidstoetsAfname>(Afname);
        var score = form.Number(Score);
        var datum = form.Date(Datum);
        if (datum is { } toetsdatum && Leerbaarheidstoets.ToetsdatumFout(toetsdatum, vandaag) is { } fout)
        {
            form.AddError(Datum, fout);
        }

        if (!form.IsValid)
        {
            return form.Errors;
        }

        intake.LeerbaarheidstoetsAfname = afname;
        if (afname == LeerbaarheidstoetsAfname.Afgenomen)
        {
            var uitslag = Leerbaarheidstoets.Uitslag(score!.Value, datum!.Value);
            intake.LeerbaarheidstoetsScore = uitslag.Score;
            intake.LeerbaarheidstoetsDatum = uitslag.Datum;
            intake.LeerbaarheidstoetsCesuur = uitslag.Cesuur;
        }
        else
        {
            intake.LeerbaarheidstoetsScore = null;
            intake.LeerbaarheidstoetsDatum = null;
            intake.LeerbaarheidstoetsCesuur = null;
        }

        return [];
    }

    private static string? UitkomstCode(BredeIntake intake)
    {
        if (intake.LeerbaarheidstoetsAfname is null)
        {
            return null;
        }

        if (intake.LeerbaarheidstoetsAfname != LeerbaarheidstoetsAfname.Afgenomen)
        {
            return UitkomstVrijgesteld;
        }

        if (intake.Toetsuitslag is not { } uitslag)
        {
            return null;
        }

        return uitslag.B1RouteHaalbaar ? UitkomstHaalbaar : UitkomstNietHaalbaar;
    }
}
