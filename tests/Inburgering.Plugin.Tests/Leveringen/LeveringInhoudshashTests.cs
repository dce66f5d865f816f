using Inburgering.Plugin.Leveringen;

namespace Inburgering.Plugin.Tests.Leveringen;

/// <summary>The content hash that distinguishes a repeated delivery from another delivery with the same reference.</summary>
public sealed class LeveringInhoudshashTests
{
    [Test]
    public void Waarde_SameRows_IsEqual()
    {
        var eerste = Hash(Regel(2, 30m));
        var tweede = Hash(Regel(2, 30m));

        Assert.That(tweede, Is.EqualTo(eerste));
    }

    [Test]
    public void Waarde_TrailingZeros_IsEqual()
    {
        Assert.That(Hash(Regel(2, 30.50m)), Is.EqualTo(Hash(Regel(2, 30.5m))));
    }

    [Test]
    public void Waarde_OtherLineNumbers_IsEqual()
    {
        Assert.That(Hash(Regel(2, 30m), Regel(3, 31m)), Is.EqualTo(Hash(Regel(5, 30m), Regel(9, 31m))));
    }

    [Test]
    public void Waarde_OtherHours_Differs()
    {
        Assert.That(Hash(Regel(2, 30m)), Is.Not.EqualTo(Hash(Regel(2, 30.25m))));
    }

    [Test]
    public void Waarde_OtherOrder_Differs()
    {
        Assert.That(Hash(Regel(2, 30m), Regel(3, 31m)), Is.Not.EqualTo(Hash(Regel(2, 31m), Regel(3, 30m))));
    }

    [Test]
    public void Waarde_OtherLevel_Differs()
    {
        Assert.That(Hash(Regel(2, 30m) with { NiveauLezen = Vaardigheidsniveau.A2 }), Is.Not.EqualTo(Hash(Regel(2, 30m) with { NiveauLezen = Vaardigheidsniveau.B1 })));
    }

    [Test]
    public void Waarde_ValueMovedToNextField_Differs()
    {
        Assert.That(Hash(Regel(2, 30m) with { TrajectRef = "A", Leerroute = null }), Is.Not.EqualTo(Hash(Regel(2, 30m) with { TrajectRef = null, Leerroute = "A" })));
    }

    [Test]
    public void Waarde_WrongRowsWithOtherText_Differs()
    {
        using var eerste = new LeveringInhoudshash();
        using var tweede = new LeveringInhoudshash();

        eerste.Voeg(Tekst(2, "abc"));
        tweede.Voeg(Tekst(2, "abd"));

        Assert.That(eerste.Waarde(), Is.Not.EqualTo(tweede.Waarde()));
    }

    [Test]
    public void Waarde_WrongRowWithSurroundingSpaces_IsEqual()
    {
        using var eerste = new LeveringInhoudshash();
        using var tweede = new LeveringInhoudshash();

        eerste.Voeg(Tekst(2, "abc"));
        tweede.Voeg(Tekst(7, "  abc "));

        Assert.That(eerste.Waarde(), Is.EqualTo(tweede.Waarde()));
    }

    [Test]
    public void Waarde_Empty_IsSha256OfNothing()
    {
        using var hash = new LeveringInhoudshash();

        Assert.That(hash.Waarde(), Is.EqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    private static string Hash(params GevalideerdeRegel[] regels)
    {
        using var hash = new LeveringInhoudshash();
        foreach (var regel in regels)
        {
            hash.Voeg(regel);
        }

        return hash.Waarde();
    }

    private static GevalideerdeRegel Regel(int regelnummer, decimal fysiek) =>
        new(regelnummer, "2026-11", "90059901", null, "999993653", null, null, Cursusonderdeel.Taal, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), 40m, fysiek, 0m, 0m, 0m);

    private static LeveringRegel Tekst(int regelnummer, string bsn) =>
        new(regelnummer, new Dictionary<string, string?> { [LeveringKolommen.Bsn] = bsn, [LeveringKolommen.LeveringId] = "2026-11" });
}
