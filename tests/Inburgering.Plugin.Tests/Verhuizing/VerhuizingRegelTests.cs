using Inburgering.Plugin.Verhuizing;

namespace Inburgering.Plugin.Tests.Verhuizing;

/// <summary>The rule that decides whether a gemeente of registration is a move to another gemeente; no database.</summary>
public sealed class VerhuizingRegelTests
{
    [Test]
    public void Beoordeel_OtherGemeente_IsMove()
    {
        Assert.That(VerhuizingRegel.Beoordeel("0599", "0599", "0518"), Is.EqualTo(VerhuizingUitkomst.AndereGemeente));
    }

    [Test]
    public void Beoordeel_UnknownPreviousRegistration_ComparesWithDossierGemeente()
    {
        Assert.That(VerhuizingRegel.Beoordeel("0599", null, "0518"), Is.EqualTo(VerhuizingUitkomst.AndereGemeente));
    }

    [TestCase("0599", Description = "a move inside the gemeente, a renamed street or a new house number")]
    [TestCase(null, Description = "no previous registration known")]
    public void Beoordeel_SameGemeente_IsNoMove(string? vorige)
    {
        Assert.That(VerhuizingRegel.Beoordeel("0599", vorige, "0599"), Is.EqualTo(VerhuizingUitkomst.ZelfdeGemeente));
    }

    [Test]
    public void Beoordeel_ArrivalFromAzcGemeente_IsNoMove()
    {
        Assert.That(VerhuizingRegel.Beoordeel("0599", "0228", "0599"), Is.EqualTo(VerhuizingUitkomst.ZelfdeGemeente));
    }

    [Test]
    public void Beoordeel_ChangeBeforeArrival_IsNoMove()
    {
        Assert.That(VerhuizingRegel.Beoordeel("0599", "0228", "0518"), Is.EqualTo(VerhuizingUitkomst.NogNietInGemeente));
    }

    [Test]
    public void Beoordeel_UnchangedOtherGemeente_IsNoMove()
    {
        Assert.That(VerhuizingRegel.Beoordeel("0599", "0518", "0518"), Is.EqualTo(VerhuizingUitkomst.NogNietInGemeente));
    }

    [TestCase("1999", Description = "Registratie Niet Ingezetenen after emigration")]
    [TestCase(null)]
    [TestCase("")]
    [TestCase("0000")]
    [TestCase("599")]
    [TestCase("05a9")]
    [TestCase("05990")]
    public void Beoordeel_NoDutchGemeente_IsNoMove(string? nieuwe)
    {
        Assert.That(VerhuizingRegel.Beoordeel("0599", "0599", nieuwe), Is.EqualTo(VerhuizingUitkomst.GeenGemeente));
    }

    [Test]
    public void Beoordeel_NoDossierGemeente_Throws()
    {
        Assert.That(() => VerhuizingRegel.Beoordeel(" ", "0599", "0518"), Throws.ArgumentException);
    }
}
