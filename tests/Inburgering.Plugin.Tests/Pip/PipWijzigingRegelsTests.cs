using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;
using Inburgering.Plugin.Termijn;
using Inburgering.Plugin.Uren;

namespace Inburgering.Plugin.Tests.Pip;

public sealed class PipWijzigingRegelsTests
{
    /// <summary>First PIP dated 29 August 2026: the termijn starts on 30 August 2026, the last schakeldag is 29 February 2028.</summary>
    private static readonly Inburgeringstermijn s_termijn = Inburgeringstermijn.Vanaf(new DateOnly(2026, 8, 29));

    private static PipInhoud Inhoud(Leerroute leerroute = Leerroute.B1Route, PipNiveau niveau = PipNiveau.B1) =>
        new() { Leerroute = leerroute, Niveau = niveau };

    private static Urenregel Regel(UrenSoort soort, decimal uren, bool metKeurmerk = true) =>
        new() { Gemeente = "0599", Soort = soort, Uren = uren, MetKeurmerk = metKeurmerk, GeregistreerdDoor = "medewerker-17" };

    [Test]
    public void Termijn_LastSchakeldag_Is29February2028()
    {
        Assert.That(s_termijn.Start, Is.EqualTo(new DateOnly(2026, 8, 30)));
        Assert.That(s_termijn.LaatsteSchakeldag, Is.EqualTo(new DateOnly(2028, 2, 29)));
    }

    [TestCase(2028, 2, 28, TestName = "Schakelen_DayBeforeLastDay_IsAllowed")]
    [TestCase(2028, 2, 29, TestName = "Schakelen_OnLastDay29February_IsAllowed")]
    public void Schakelen_UpToLastDay_IsAllowed(int year, int month, int day)
    {
        var error = PipWijzigingRegels.Schakelen(Leerroute.B1Route, Leerroute.ZRoute, s_termijn, new DateOnly(year, month, day));

        Assert.That(error, Is.Null);
    }

    [Test]
    public void Schakelen_DayAfterLastDay_IsRejected()
    {
        var error = PipWijzigingRegels.Schakelen(Leerroute.B1Route, Leerroute.ZRoute, s_termijn, new DateOnly(2028, 3, 1));

        Assert.That(error?.Nl, Is.EqualTo("Schakelen naar een andere leerroute kan alleen in de eerste 18 maanden van de inburgeringstermijn, tot en met 29 februari 2028 (de termijn begon op 30 augustus 2026). Op 1 maart 2028 kan dat niet meer; alleen het verlaten van de onderwijsroute kan altijd."));
    }

    [Test]
    public void Schakelen_LeavingOnderwijsrouteLate_IsAllowed()
    {
        var error = PipWijzigingRegels.Schakelen(Leerroute.Onderwijsroute, Leerroute.B1Route, s_termijn, new DateOnly(2029, 8, 1));

        Assert.That(error, Is.Null);
    }

    [Test]
    public void Schakelen_IntoOnderwijsrouteLate_IsRejected()
    {
        var error = PipWijzigingRegels.Schakelen(Leerroute.B1Route, Leerroute.Onderwijsroute, s_termijn, new DateOnly(2028, 3, 1));

        Assert.That(error, Is.Not.Null);
    }

    [Test]
    public void Schakelen_SameRoute_IsRejected()
    {
        var error = PipWijzigingRegels.Schakelen(Leerroute.ZRoute, Leerroute.ZRoute, s_termijn, new DateOnly(2027, 1, 1));

        Assert.That(error?.Nl, Is.EqualTo("Het PIP heeft al de Z-route (zelfredzaamheidsroute). Kies bij schakelen een andere leerroute."));
    }

    [Test]
    public void Schakelen_StartOn31August_LastDayEndOfFebruary()
    {
        var termijn = Inburgeringstermijn.Vanaf(new DateOnly(2024, 8, 30));

        Assert.That(termijn.LaatsteSchakeldag, Is.EqualTo(new DateOnly(2026, 2, 28)));
        Assert.That(PipWijzigingRegels.Schakelen(Leerroute.B1Route, Leerroute.ZRoute, termijn, new DateOnly(2026, 2, 28)), Is.Null);
        Assert.That(PipWijzigingRegels.Schakelen(Leerroute.B1Route, Leerroute.ZRoute, termijn, new DateOnly(2026, 3, 1)), Is.Not.Null);
    }

    [TestCase(300, 300, true, TestName = "Afschalen_HalfInPersonHalfOnline_IsAllowed")]
    [TestCase(600, 0, true, TestName = "Afschalen_AllInPerson_IsAllowed")]
    [TestCase(250, 400, false, TestName = "Afschalen_OnlineOverHalf_CountsOnlyHalf")]
    [TestCase(299.75, 300.25, false, TestName = "Afschalen_QuarterHourShort_IsRejected")]
    public void Afschalen_Hours(decimal fysiek, decimal online, bool allowed)
    {
        var uren = UrenTotalen.Van([Regel(UrenSoort.Nt2Fysiek, fysiek), Regel(UrenSoort.Nt2Online, online)]).Nt2VoorAfschalen;

        var error = PipWijzigingRegels.Afschalen(Inhoud(), uren, true, "Alle lessen gevolgd en huiswerk gemaakt");

        Assert.That(error is null, Is.EqualTo(allowed));
    }

    [Test]
    public void Afschalen_TooFewHours_NamesNumbers()
    {
        var error = PipWijzigingRegels.Afschalen(Inhoud(), 599.5m, true, "Alle lessen gevolgd");

        Assert.That(error?.Nl, Is.EqualTo("Afschalen kan pas na ten minste 600 uur NT2-les bij een school met keurmerk, waarvan ten minste de helft fysiek. Nu tellen 599.5 uur mee; er ontbreken nog 0.5 uur."));
    }

    [Test]
    public void Afschalen_HoursWithoutKeurmerk_DoNotCount()
    {
        var uren = UrenTotalen.Van([Regel(UrenSoort.Nt2Fysiek, 600, metKeurmerk: false)]).Nt2VoorAfschalen;

        var error = PipWijzigingRegels.Afschalen(Inhoud(), uren, true, "Alle lessen gevolgd");

        Assert.That(uren, Is.Zero);
        Assert.That(error, Is.Not.Null);
    }

    [TestCase(false, "Alle lessen gevolgd", TestName = "Afschalen_InzetNotShown_IsRejected")]
    [TestCase(true, " ", TestName = "Afschalen_InzetWithoutToelichting_IsRejected")]
    public void Afschalen_Inzet_IsRequired(bool aangetoond, string toelichting)
    {
        var error = PipWijzigingRegels.Afschalen(Inhoud(), 600m, aangetoond, toelichting);

        Assert.That(error?.Nl, Does.StartWith("Afschalen kan alleen als de inburgeraar voldoende inzet heeft getoond."));
    }

    [TestCase("ZRoute", "A1", TestName = "Afschalen_InZRoute_IsRejected")]
    [TestCase("Onderwijsroute", "B1", TestName = "Afschalen_InOnderwijsroute_IsRejected")]
    [TestCase("B1Route", "A2", TestName = "Afschalen_AlreadyA2_IsRejected")]
    public void Afschalen_OutsideB1AtB1_IsRejected(string leerroute, string niveau)
    {
        var error = PipWijzigingRegels.Afschalen(Inhoud(Enum.Parse<Leerroute>(leerroute), Enum.Parse<PipNiveau>(niveau)), 800m, true, "Alle lessen gevolgd");

        Assert.That(error, Is.Not.Null);
    }

    [Test]
    public void Verhuizing_OtherRoute_IsRejected()
    {
        var error = PipWijzigingRegels.Verhuizing(Leerroute.ZRoute, Leerroute.B1Route);

        Assert.That(error?.Nl, Is.EqualTo("Na een verhuizing blijft de leerroute van het vorige PIP gelden (Z-route (zelfredzaamheidsroute)). Kies die leerroute; een andere leerroute kan alleen via schakelen."));
    }

    [Test]
    public void Verhuizing_SameRoute_IsAllowed()
    {
        Assert.That(PipWijzigingRegels.Verhuizing(Leerroute.ZRoute, Leerroute.ZRoute), Is.Null);
    }

    [TestCase("Eerste", "B1Route", "B1", null, TestName = "Concept_FirstB1AtB1_IsValid")]
    [TestCase("Eerste", "B1Route", "A2", "niveau", TestName = "Concept_FirstB1AtA2_IsInvalid")]
    [TestCase("Eerste", "ZRoute", "A1", null, TestName = "Concept_FirstZRouteAtA1_IsValid")]
    [TestCase("Eerste", "ZRoute", "A2", null, TestName = "Concept_FirstZRouteAtA2_IsValid")]
    [TestCase("Eerste", "ZRoute", "B1", "niveau", TestName = "Concept_FirstZRouteAtB1_IsInvalid")]
    [TestCase("Eerste", "Onderwijsroute", "A2", "niveau", TestName = "Concept_FirstOnderwijsrouteAtA2_IsInvalid")]
    public void Concept_First_Niveau(string soort, string leerroute, string niveau, string? fieldKey)
    {
        var result = PipWijzigingRegels.Concept(Enum.Parse<PipSoort>(soort), Inhoud(Enum.Parse<Leerroute>(leerroute), Enum.Parse<PipNiveau>(niveau)), null);

        Assert.That(result?.FieldKey, Is.EqualTo(fieldKey));
    }

    [TestCase("Wijziging", "ZRoute", "A1", "leerroute", TestName = "Concept_WijzigingOtherRoute_IsInvalid")]
    [TestCase("Verhuizing", "ZRoute", "A1", "leerroute", TestName = "Concept_VerhuizingOtherRoute_IsInvalid")]
    [TestCase("Schakelen", "ZRoute", "A1", null, TestName = "Concept_SchakelenOtherRoute_IsValid")]
    [TestCase("Afschalen", "B1Route", "B1", "niveau", TestName = "Concept_AfschalenAtB1_IsInvalid")]
    [TestCase("Afschalen", "B1Route", "A2", null, TestName = "Concept_AfschalenAtA2_IsValid")]
    [TestCase("Wijziging", "B1Route", "A2", "niveau", TestName = "Concept_WijzigingToA2_IsInvalid")]
    public void Concept_AfterB1AtB1(string soort, string leerroute, string niveau, string? fieldKey)
    {
        var result = PipWijzigingRegels.Concept(Enum.Parse<PipSoort>(soort), Inhoud(Enum.Parse<Leerroute>(leerroute), Enum.Parse<PipNiveau>(niveau)), Inhoud());

        Assert.That(result?.FieldKey, Is.EqualTo(fieldKey));
    }

    [Test]
    public void Concept_WijzigingAfterAfschalen_KeepsA2()
    {
        var result = PipWijzigingRegels.Concept(PipSoort.Wijziging, Inhoud(niveau: PipNiveau.A2), Inhoud(niveau: PipNiveau.A2));

        Assert.That(result, Is.Null);
    }
}
