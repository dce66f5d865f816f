using Inburgering.Plugin.DuoSignalen;

namespace Inburgering.Plugin.Tests.DuoSignalen;

/// <summary>The content key that makes a DUO signal unique per gemeente.</summary>
public sealed class DuoSignaalSleutelTests
{
    private static readonly DateOnly s_datum = new(2026, 11, 2);

    [Test]
    public void Sleutel_SameContent_IsEqual()
    {
        var eerste = DuoSignaalSleutel.Van(DuoSignaalSoort.NieuwePlichtige, s_datum, "999993653", null);
        var tweede = DuoSignaalSleutel.Van(DuoSignaalSoort.NieuwePlichtige, s_datum, "999993653", null);

        Assert.That(tweede, Is.EqualTo(eerste));
        Assert.That(eerste, Has.Length.EqualTo(DuoSignaalSleutel.Lengte));
        Assert.That(eerste, Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void Sleutel_EachPartChanged_Differs()
    {
        var basis = DuoSignaalSleutel.Van(DuoSignaalSoort.NieuwePlichtige, s_datum, "999993653", null);

        Assert.That(DuoSignaalSleutel.Van(DuoSignaalSoort.Correctie, s_datum, "999993653", null), Is.Not.EqualTo(basis));
        Assert.That(DuoSignaalSleutel.Van(DuoSignaalSoort.NieuwePlichtige, s_datum.AddDays(1), "999993653", null), Is.Not.EqualTo(basis));
        Assert.That(DuoSignaalSleutel.Van(DuoSignaalSoort.NieuwePlichtige, s_datum, "999993847", null), Is.Not.EqualTo(basis));
    }

    [Test]
    public void Sleutel_BsnAndVNummerSameDigits_Differ()
    {
        var alsBsn = DuoSignaalSleutel.Van(DuoSignaalSoort.Intrekking, s_datum, "1234567890", null);
        var alsVNummer = DuoSignaalSleutel.Van(DuoSignaalSoort.Intrekking, s_datum, null, "1234567890");

        Assert.That(alsVNummer, Is.Not.EqualTo(alsBsn));
    }
}
