using Inburgering.Plugin.Leerroutes;
using Inburgering.Plugin.Pip;

namespace Inburgering.Plugin.Tests.Pip;

public sealed class PipVersieTests
{
    private static PipVersie Vastgesteld()
    {
        var versie = new PipVersie { Id = Guid.CreateVersion7(), Gemeente = "0599", Versienummer = 1, OpgesteldDoor = "medewerker-17" };
        versie.VulIn(new PipInhoud { Leerroute = Leerroute.B1Route, Niveau = PipNiveau.B1, Knm = "KNM-lessen" });
        versie.StelVast(new DateOnly(2026, 12, 3), "medewerker-17", new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        return versie;
    }

    [Test]
    public void VulIn_Vastgesteld_Throws()
    {
        var versie = Vastgesteld();

        Assert.That(() => versie.VulIn(versie.Inhoud with { Knm = "Anders" }), Throws.InvalidOperationException);
        Assert.That(versie.Knm, Is.EqualTo("KNM-lessen"));
    }

    [Test]
    public void StelVast_Twice_Throws()
    {
        var versie = Vastgesteld();

        Assert.That(() => versie.StelVast(new DateOnly(2026, 12, 4), "medewerker-17", DateTimeOffset.UnixEpoch), Throws.InvalidOperationException);
        Assert.That(versie.Dagtekening, Is.EqualTo(new DateOnly(2026, 12, 3)));
    }

    [Test]
    public void LegAfschalenVast_Vastgesteld_Throws()
    {
        var versie = Vastgesteld();

        Assert.That(() => versie.LegAfschalenVast("Inzet", 600m), Throws.InvalidOperationException);
        Assert.That(versie.InzetAangetoond, Is.Null);
    }
}
