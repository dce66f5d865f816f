using System.Globalization;
using Inburgering.Plugin.Termijn;

namespace Inburgering.Plugin.Tests.Termijn;

public sealed class VerlengingRegelsTests
{
    private static readonly Inburgeringstermijn s_termijn = Inburgeringstermijn.Vanaf(new DateOnly(2024, 2, 28));
    private static readonly DateOnly s_vandaag = new(2026, 12, 4);

    [Test]
    public void Valideer_NewLastDayAfterCurrent_IsValid()
    {
        var errors = Valideer(new DateOnly(2027, 3, 1));

        Assert.That(errors, Is.Empty);
    }

    [TestCase("2027-02-28", TestName = "Valideer_NewLastDayOnCurrent_IsInvalid")]
    [TestCase("2027-02-27", TestName = "Valideer_NewLastDayBeforeCurrent_IsInvalid")]
    public void Valideer_NewLastDayNotAfterCurrent_IsInvalid(string nieuweLaatsteDag)
    {
        var errors = Valideer(DateOnly.Parse(nieuweLaatsteDag, CultureInfo.InvariantCulture));

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "nieuweLaatsteDag" }));
        Assert.That(errors[0].Message.Nl, Does.Contain("28 februari 2027"));
    }

    [Test]
    public void Valideer_AfterEarlierVerlenging_ComparesWithItsEnd()
    {
        var errors = VerlengingRegels.Valideer(
            s_termijn, new DateOnly(2027, 8, 31), new DateOnly(2026, 12, 1), new DateOnly(2027, 8, 31), VerlengingsGrond.Ziekte, null, s_vandaag);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "nieuweLaatsteDag" }));
    }

    [TestCase("2024-02-28", TestName = "Valideer_BesluitBeforeStart_IsInvalid")]
    [TestCase("2026-12-05", TestName = "Valideer_BesluitAfterToday_IsInvalid")]
    public void Valideer_BesluitdatumOutsideTermijn_IsInvalid(string besluitdatum)
    {
        var errors = VerlengingRegels.Valideer(
            s_termijn, s_termijn.LaatsteDag, DateOnly.Parse(besluitdatum, CultureInfo.InvariantCulture), new DateOnly(2027, 6, 30), VerlengingsGrond.Ziekte, null, s_vandaag);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "besluitdatum" }));
    }

    [TestCase("2024-02-29", TestName = "Valideer_BesluitOnStart_IsValid")]
    [TestCase("2026-12-04", TestName = "Valideer_BesluitToday_IsValid")]
    public void Valideer_BesluitdatumOnBounds_IsValid(string besluitdatum)
    {
        var errors = VerlengingRegels.Valideer(
            s_termijn, s_termijn.LaatsteDag, DateOnly.Parse(besluitdatum, CultureInfo.InvariantCulture), new DateOnly(2027, 6, 30), VerlengingsGrond.Ziekte, null, s_vandaag);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Valideer_AndersWithoutToelichting_IsInvalid()
    {
        var errors = VerlengingRegels.Valideer(
            s_termijn, s_termijn.LaatsteDag, new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 30), VerlengingsGrond.Anders, " ", s_vandaag);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "toelichting" }));
    }

    [Test]
    public void Valideer_AndersWithToelichting_IsValid()
    {
        var errors = VerlengingRegels.Valideer(
            s_termijn, s_termijn.LaatsteDag, new DateOnly(2026, 12, 1), new DateOnly(2027, 6, 30), VerlengingsGrond.Anders, "Mantelzorg voor een ouder", s_vandaag);

        Assert.That(errors, Is.Empty);
    }

    private static IReadOnlyList<Host.Abstractions.FieldError> Valideer(DateOnly nieuweLaatsteDag) =>
        VerlengingRegels.Valideer(s_termijn, s_termijn.LaatsteDag, new DateOnly(2026, 12, 1), nieuweLaatsteDag, VerlengingsGrond.Ziekte, null, s_vandaag);
}
