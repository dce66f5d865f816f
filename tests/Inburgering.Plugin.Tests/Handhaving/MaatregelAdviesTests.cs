using Inburgering.Plugin.Dossiers;
using Inburgering.Plugin.Handhaving;
using static Inburgering.Plugin.Tests.Handhaving.HandhavingFeiten;

namespace Inburgering.Plugin.Tests.Handhaving;

public sealed class MaatregelAdviesTests
{
    [TestCase("Gezinsmigrant")]
    [TestCase("OverigeMigrant")]
    public void Voor_IntakeMissed_ProposesFixed250(string doelgroep)
    {
        var voorstellen = MaatregelAdvies.Voor(Enum.Parse<Doelgroep>(doelgroep), [Intake]);

        Assert.That(voorstellen, Has.Count.EqualTo(1));
        Assert.That(voorstellen[0].Maatregel, Is.EqualTo(Maatregel.BoeteBredeIntake));
        Assert.That(voorstellen[0].Voorgesteld, Is.True);
        Assert.That(voorstellen[0].Bedrag, Is.EqualTo(250m));
        Assert.That(voorstellen[0].MaximumBedrag, Is.Null);
        Assert.That(voorstellen[0].Motivering.Nl, Does.Contain("artikel 22 Wet inburgering 2021"));
    }

    [TestCase("Gezinsmigrant")]
    [TestCase("OverigeMigrant")]
    public void Voor_PipBreached_ProposesAtMost800(string doelgroep)
    {
        var voorstellen = MaatregelAdvies.Voor(Enum.Parse<Doelgroep>(doelgroep), [PipLeerroute]);

        Assert.That(voorstellen, Has.Count.EqualTo(1));
        Assert.That(voorstellen[0].Maatregel, Is.EqualTo(Maatregel.BoetePip));
        Assert.That(voorstellen[0].Voorgesteld, Is.True);
        Assert.That(voorstellen[0].Bedrag, Is.Null);
        Assert.That(voorstellen[0].MaximumBedrag, Is.EqualTo(800m));
        Assert.That(voorstellen[0].Motivering.Nl, Does.Contain("ten hoogste € 800"));
    }

    [Test]
    public void Voor_AsielstatushouderWithoutReason_ProposesNoFine()
    {
        var voorstellen = MaatregelAdvies.Voor(Doelgroep.Asielstatushouder, [Intake, PipLeerroute]);

        Assert.That(voorstellen.Select(v => v.Maatregel), Is.EqualTo(new[] { Maatregel.BoeteBredeIntake, Maatregel.BoetePip }));
        Assert.That(voorstellen.Select(v => v.Voorgesteld), Is.EqualTo(new[] { false, false }));
        Assert.That(voorstellen.Select(v => v.Bedrag), Is.EqualTo(new decimal?[] { null, null }));
        Assert.That(voorstellen[0].Motivering.Nl, Does.StartWith("Geen boete voorgesteld: sinds de uitspraak van de Raad van State van 9 juli 2025"));
    }

    [Test]
    public void Voor_AsielstatushouderWithReason_ProposesFines()
    {
        var voorstellen = MaatregelAdvies.Voor(Doelgroep.Asielstatushouder, [Intake, PipLeerroute, Uitzonderlijk]);

        Assert.That(voorstellen.Select(v => v.Voorgesteld), Is.EqualTo(new[] { true, true }));
        Assert.That(voorstellen[0].Bedrag, Is.EqualTo(250m));
        Assert.That(voorstellen[1].MaximumBedrag, Is.EqualTo(800m));
    }

    [TestCase("Asielstatushouder")]
    [TestCase("Gezinsmigrant")]
    public void Voor_ParticipatiewetPart_ProposesBijstandMeasureNotFine(string doelgroep)
    {
        var voorstellen = MaatregelAdvies.Voor(Enum.Parse<Doelgroep>(doelgroep), [PipParticipatiewet]);

        Assert.That(voorstellen, Has.Count.EqualTo(1));
        Assert.That(voorstellen[0].Maatregel, Is.EqualTo(Maatregel.Participatiewetmaatregel));
        Assert.That(voorstellen[0].Bedrag, Is.Null);
        Assert.That(voorstellen[0].MaximumBedrag, Is.Null);
        Assert.That(voorstellen[0].Motivering.Nl, Does.Contain("niet met een boete uit de Wet inburgering"));
    }

    [Test]
    public void Voor_OnlyUitzonderlijkGeval_ProposesNothing()
    {
        Assert.That(MaatregelAdvies.Voor(Doelgroep.Asielstatushouder, [Uitzonderlijk]), Is.Empty);
    }

    [Test]
    public void Voor_NoFacts_ProposesNothing()
    {
        Assert.That(MaatregelAdvies.Voor(Doelgroep.Gezinsmigrant, []), Is.Empty);
    }
}
