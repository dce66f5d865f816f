using System.Globalization;
using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Handhaving;
using static Inburgering.Plugin.Tests.Handhaving.HandhavingFeiten;

namespace Inburgering.Plugin.Tests.Handhaving;

public sealed class BesluitRegelsTests
{
    private static readonly DateOnly s_vandaag = new(2026, 12, 4);

    [Test]
    public void Valideer_IntakeFineOf250_IsValid()
    {
        var errors = Valideer(Maatregel.BoeteBredeIntake, BesluitUitkomst.Opgelegd, 250m, [Intake]);

        Assert.That(errors, Is.Empty);
    }

    [TestCase(249.99)]
    [TestCase(250.01)]
    [TestCase(800)]
    public void Valideer_IntakeFineNot250_IsInvalid(decimal bedrag)
    {
        var errors = Valideer(Maatregel.BoeteBredeIntake, BesluitUitkomst.Opgelegd, bedrag, [Intake]);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bedrag" }));
    }

    [TestCase(0.01)]
    [TestCase(400)]
    [TestCase(800)]
    public void Valideer_PipFineUpTo800_IsValid(decimal bedrag)
    {
        var errors = Valideer(Maatregel.BoetePip, BesluitUitkomst.Opgelegd, bedrag, [PipLeerroute]);

        Assert.That(errors, Is.Empty);
    }

    [TestCase(800.01)]
    [TestCase(0)]
    [TestCase(null)]
    public void Valideer_PipFineOutsideRange_IsInvalid(decimal? bedrag)
    {
        var errors = Valideer(Maatregel.BoetePip, BesluitUitkomst.Opgelegd, bedrag, [PipLeerroute]);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bedrag" }));
    }

    [Test]
    public void Valideer_AfgezienWithReason_IsValid()
    {
        var errors = Valideer(Maatregel.BoetePip, BesluitUitkomst.Afgezien, null, [PipLeerroute], reden: "Persoon was ziek");

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Valideer_AfgezienWithoutReason_IsInvalid()
    {
        var errors = Valideer(Maatregel.BoetePip, BesluitUitkomst.Afgezien, null, [PipLeerroute]);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "reden" }));
    }

    [Test]
    public void Valideer_AfgezienWithAmount_IsInvalid()
    {
        var errors = Valideer(Maatregel.BoetePip, BesluitUitkomst.Afgezien, 100m, [PipLeerroute], reden: "Persoon was ziek");

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "bedrag" }));
    }

    [Test]
    public void Valideer_FineWithoutFact_IsInvalid()
    {
        var errors = Valideer(Maatregel.BoeteBredeIntake, BesluitUitkomst.Opgelegd, 250m, [PipLeerroute]);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "maatregel" }));
    }

    [Test]
    public void Valideer_PipFineForParticipatiewetPart_IsInvalid()
    {
        var errors = Valideer(Maatregel.BoetePip, BesluitUitkomst.Opgelegd, 100m, [PipParticipatiewet]);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "maatregel" }));
    }

    [Test]
    public void Valideer_ParticipatiewetMeasure_IsInvalid()
    {
        var errors = Valideer(Maatregel.Participatiewetmaatregel, BesluitUitkomst.Opgelegd, null, [PipParticipatiewet]);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "maatregel" }));
    }

    [Test]
    public void Valideer_AsielstatushouderFineWithoutReason_IsInvalid()
    {
        var errors = Valideer(Maatregel.BoeteBredeIntake, BesluitUitkomst.Opgelegd, 250m, [Intake], Doelgroep.Asielstatushouder);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(new[] { "uitkomst" }));
    }

    [Test]
    public void Valideer_AsielstatushouderFineWithReason_IsValid()
    {
        var errors = Valideer(Maatregel.BoeteBredeIntake, BesluitUitkomst.Opgelegd, 250m, [Intake, Uitzonderlijk], Doelgroep.Asielstatushouder);

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void Valideer_AsielstatushouderAfgezienWithoutReasonRecorded_IsValid()
    {
        var errors = Valideer(Maatregel.BoeteBredeIntake, BesluitUitkomst.Afgezien, null, [Intake], Doelgroep.Asielstatushouder, "Geen uitzonderlijk geval");

        Assert.That(errors, Is.Empty);
    }

    [TestCase("2026-12-04", true, TestName = "Valideer_BesluitToday_IsValid")]
    [TestCase("2026-12-05", false, TestName = "Valideer_BesluitTomorrow_IsInvalid")]
    public void Valideer_Besluitdatum(string besluitdatum, bool valid)
    {
        var errors = BesluitRegels.Valideer(
            Maatregel.BoeteBredeIntake, BesluitUitkomst.Opgelegd, 250m, DateOnly.Parse(besluitdatum, CultureInfo.InvariantCulture), null, Doelgroep.Gezinsmigrant, [Intake], s_vandaag);

        Assert.That(errors.Select(e => e.FieldKey), Is.EqualTo(valid ? Array.Empty<string>() : ["besluitdatum"]));
    }

    private static IReadOnlyList<Host.Abstractions.FieldError> Valideer(
        Maatregel maatregel,
        BesluitUitkomst uitkomst,
        decimal? bedrag,
        HandhavingFeit[] feiten,
        Doelgroep doelgroep = Doelgroep.Gezinsmigrant,
        string? reden = null) =>
        BesluitRegels.Valideer(maatregel, uitkomst, bedrag, new DateOnly(2026, 12, 1), reden, doelgroep, feiten, s_vandaag);
}
