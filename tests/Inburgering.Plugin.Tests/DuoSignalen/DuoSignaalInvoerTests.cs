using Host.Abstractions;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.DuoSignalen;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>The rules of the entry form of a DUO signal, without a database; today is Friday 4 December 2026.</summary>
public sealed class DuoSignaalInvoerTests
{
    private static readonly DateOnly s_today = new(2026, 12, 4);

    [Test]
    public void Parse_NieuwePlichtige_ReturnsAllValues()
    {
        var errors = new List<FieldError>();

        var invoer = DuoSignaalInvoer.Parse(
            Request(("soort", "NieuwePlichtige"), ("kennisgevingsdatum", "1-10-2026"), ("ontvangenOp", "2026-11-30"), ("bsn", "999993653"), ("doelgroep", "Asielstatushouder"), ("wetRegime", "Wi2021"), ("koppeldatum", "2026-09-28"), ("toelichting", "Per post")),
            s_today,
            errors);

        Assert.That(errors, Is.Empty);
        Assert.That(invoer!.Soort, Is.EqualTo(DuoSignaalSoort.NieuwePlichtige));
        Assert.That(invoer.Kennisgevingsdatum, Is.EqualTo(new DateOnly(2026, 10, 1)));
        Assert.That(invoer.OntvangenOp, Is.EqualTo(new DateOnly(2026, 11, 30)));
        Assert.That(invoer.Persoon.Bsn!.Value.Value, Is.EqualTo("999993653"));
        Assert.That(invoer.Doelgroep, Is.EqualTo(Doelgroep.Asielstatushouder));
        Assert.That(invoer.WetRegime, Is.EqualTo(WetRegime.Wi2021));
        Assert.That(invoer.Koppeldatum, Is.EqualTo(new DateOnly(2026, 9, 28)));
        Assert.That(invoer.Toelichting, Is.EqualTo("Per post"));
    }

    [Test]
    public void Parse_WithoutOntvangenOp_ReceivedToday()
    {
        var invoer = DuoSignaalInvoer.Parse(Request(("soort", "Intrekking"), ("kennisgevingsdatum", "2026-12-01"), ("bsn", "999993653")), s_today, []);

        Assert.That(invoer!.OntvangenOp, Is.EqualTo(s_today));
    }

    [Test]
    public void Parse_Intrekking_IgnoresDoelgroepAndWetRegime()
    {
        var invoer = DuoSignaalInvoer.Parse(Request(("soort", "Intrekking"), ("kennisgevingsdatum", "2026-12-01"), ("bsn", "999993653"), ("doelgroep", "Gezinsmigrant"), ("wetRegime", "Wi2013")), s_today, []);

        Assert.That(invoer!.Doelgroep, Is.Null);
        Assert.That(invoer.WetRegime, Is.Null);
    }

    [TestCase("2026-12-03", true)]
    [TestCase("2026-12-04", true)]
    [TestCase("2026-12-05", false)]
    [TestCase("2012-12-31", false)]
    [TestCase("2013-01-01", true)]
    [TestCase("2026-02-29", false)]
    [TestCase("2024-02-29", true)]
    [TestCase("4 december", false)]
    public void Parse_Kennisgevingsdatum_FromWi2013UntilToday(string datum, bool valid)
    {
        var errors = new List<FieldError>();

        DuoSignaalInvoer.Parse(Request(("soort", "Intrekking"), ("kennisgevingsdatum", datum), ("bsn", "999993653")), s_today, errors);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(valid ? Array.Empty<string>() : new[] { "kennisgevingsdatum" }));
    }

    [TestCase("2026-11-30", false)]
    [TestCase("2026-12-01", true)]
    [TestCase("2026-12-04", true)]
    [TestCase("2026-12-05", false)]
    public void Parse_OntvangenOp_FromSignalDateUntilToday(string ontvangenOp, bool valid)
    {
        var errors = new List<FieldError>();

        DuoSignaalInvoer.Parse(Request(("soort", "Intrekking"), ("kennisgevingsdatum", "2026-12-01"), ("ontvangenOp", ontvangenOp), ("bsn", "999993653")), s_today, errors);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(valid ? Array.Empty<string>() : new[] { "ontvangenOp" }));
    }

    [Test]
    public void Parse_NieuwePlichtigeWithoutChoices_NamesBoth()
    {
        var errors = new List<FieldError>();

        var invoer = DuoSignaalInvoer.Parse(Request(("soort", "NieuwePlichtige"), ("kennisgevingsdatum", "2026-12-01"), ("bsn", "999993653")), s_today, errors);

        Assert.That(invoer, Is.Null);
        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "doelgroep", "wetRegime" }));
    }

    [TestCase("2021-12-31", null, false)]
    [TestCase("2022-01-01", null, true)]
    [TestCase("2022-01-03", "2021-12-31", false)]
    [TestCase("2021-12-30", "2022-01-01", true)]
    public void Parse_NieuwePlichtigeWi2021_NeedsKoppelingFrom2022(string kennisgevingsdatum, string? koppeldatum, bool valid)
    {
        var errors = new List<FieldError>();

        DuoSignaalInvoer.Parse(
            Request(("soort", "NieuwePlichtige"), ("kennisgevingsdatum", kennisgevingsdatum), ("bsn", "999993653"), ("doelgroep", "Gezinsmigrant"), ("wetRegime", "Wi2021"), ("koppeldatum", koppeldatum)),
            s_today,
            errors);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(valid ? Array.Empty<string>() : new[] { "wetRegime" }));
    }

    [Test]
    public void Parse_CorrectieWithoutNewValue_NamesWetRegime()
    {
        var errors = new List<FieldError>();

        DuoSignaalInvoer.Parse(Request(("soort", "Correctie"), ("kennisgevingsdatum", "2026-12-01"), ("bsn", "999993653")), s_today, errors);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "wetRegime" }));
    }

    [TestCase("999993654", null, "bsn")]
    [TestCase(null, null, "bsn")]
    [TestCase("999993653", "1234567890", "vnummer")]
    [TestCase(null, "12345", "vnummer")]
    public void Parse_WrongIdentity_NamesField(string? bsn, string? vnummer, string field)
    {
        var errors = new List<FieldError>();

        DuoSignaalInvoer.Parse(Request(("soort", "Intrekking"), ("kennisgevingsdatum", "2026-12-01"), ("bsn", bsn), ("vnummer", vnummer)), s_today, errors);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { field }));
    }

    [Test]
    public void Parse_VNummerOfGezinsmigrant_NamesVNummer()
    {
        var errors = new List<FieldError>();

        DuoSignaalInvoer.Parse(
            Request(("soort", "NieuwePlichtige"), ("kennisgevingsdatum", "2026-12-01"), ("vnummer", "1234567890"), ("doelgroep", "Gezinsmigrant"), ("wetRegime", "Wi2021")),
            s_today,
            errors);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "vnummer" }));
    }

    [Test]
    public void Parse_UnknownSoort_NamesSoort()
    {
        var errors = new List<FieldError>();

        DuoSignaalInvoer.Parse(Request(("soort", "1"), ("kennisgevingsdatum", "2026-12-01"), ("bsn", "999993653")), s_today, errors);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "soort" }));
    }

    [Test]
    public void Parse_ToelichtingTooLong_NamesToelichting()
    {
        var errors = new List<FieldError>();

        DuoSignaalInvoer.Parse(Request(("soort", "Intrekking"), ("kennisgevingsdatum", "2026-12-01"), ("bsn", "999993653"), ("toelichting", new string('x', 501))), s_today, errors);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "toelichting" }));
    }

    private static ActionRequest Request(params (string Key, string? Value)[] values) =>
        new(null, values.ToDictionary(v => v.Key, v => v.Value));
}
