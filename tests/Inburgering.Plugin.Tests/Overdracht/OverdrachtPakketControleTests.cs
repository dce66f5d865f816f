using Host.Abstractions;
using Inburgering.Plugin.Overdracht;

namespace Inburgering.Plugin.Tests.Overdracht;

public sealed class OverdrachtPakketControleTests
{
    private static readonly GemeenteCode s_denHaag = GemeenteCode.Parse("0518");

    private static OverdrachtPakket Pakket() => new()
    {
        Id = Guid.Parse("0193a0c0-0000-7000-8000-000000000001"),
        AangemaaktOp = new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero),
        Afzender = new OverdrachtAfzender("0599", Guid.Parse("0193a0c0-0000-7000-8000-000000000002")),
        OntvangerGemeente = "0518",
        Inburgeraar = new OverdrachtInburgeraar("Gezinsmigrant", "Wi2021", new DateOnly(2026, 11, 20)) { Bsn = "999993653" },
        PipVersies = [new OverdrachtPipVersie(1, "Eerste", new DateOnly(2026, 12, 3), "B1Route", "B1")],
        DagtekeningEerstePip = new DateOnly(2026, 12, 3),
        Leerroute = "B1Route",
    };

    [Test]
    public void Controleer_ValidPackage_ReturnsNoProblems()
    {
        Assert.That(OverdrachtPakketControle.Controleer(Pakket(), s_denHaag), Is.Empty);
    }

    [Test]
    public void Controleer_OtherReceiver_NamesReceiverPath()
    {
        var fouten = OverdrachtPakketControle.Controleer(Pakket(), GemeenteCode.Parse("0344"));

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.ontvangerGemeente" }));
    }

    [Test]
    public void Controleer_UnknownLeerroute_NamesVersionPath()
    {
        var pakket = Pakket() with { PipVersies = [new OverdrachtPipVersie(1, "Eerste", new DateOnly(2026, 12, 3), "C1Route", "B1")], Leerroute = "C1Route" };

        var fouten = OverdrachtPakketControle.Controleer(pakket, s_denHaag);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.pipVersies[0].leerroute", "$.leerroute" }));
    }

    [Test]
    public void Controleer_NumericCode_IsRejected()
    {
        var pakket = Pakket() with { Inburgeraar = Pakket().Inburgeraar with { Doelgroep = "1" } };

        var fouten = OverdrachtPakketControle.Controleer(pakket, s_denHaag);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.inburgeraar.doelgroep" }));
    }

    [Test]
    public void Controleer_PipWithoutFirstDagtekening_NamesDagtekening()
    {
        var pakket = Pakket() with { DagtekeningEerstePip = null };

        var fouten = OverdrachtPakketControle.Controleer(pakket, s_denHaag);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.dagtekeningEerstePip" }));
    }

    [Test]
    public void Controleer_NoBsnNoVNummer_NamesPerson()
    {
        var pakket = Pakket() with { Inburgeraar = Pakket().Inburgeraar with { Bsn = null } };

        var fouten = OverdrachtPakketControle.Controleer(pakket, s_denHaag);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.inburgeraar" }));
    }

    [Test]
    public void Controleer_MajorVersionTwo_IsRejected()
    {
        var pakket = Pakket() with { Versie = "2.0" };

        var fouten = OverdrachtPakketControle.Controleer(pakket, s_denHaag);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.versie" }));
    }

    [Test]
    public void Controleer_MinorVersion_IsAccepted()
    {
        var pakket = Pakket() with { Versie = "1.3" };

        Assert.That(OverdrachtPakketControle.Controleer(pakket, s_denHaag), Is.Empty);
    }

    [Test]
    public void Controleer_InvalidBsn_NamesBsnPath()
    {
        var pakket = Pakket() with { Inburgeraar = Pakket().Inburgeraar with { Bsn = "123456789" } };

        var fouten = OverdrachtPakketControle.Controleer(pakket, s_denHaag);

        Assert.That(fouten.Select(f => f.Pad), Is.EqualTo(new[] { "$.inburgeraar.bsn" }));
    }
}
