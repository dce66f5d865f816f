using Inburgering.Plugin.Meldingen;

namespace Inburgering.Plugin.Tests.Meldingen;

public sealed class AfleveringSchemaTests
{
    [TestCase(1, 1)]
    [TestCase(2, 2)]
    [TestCase(3, 4)]
    [TestCase(4, 8)]
    [TestCase(5, 16)]
    [TestCase(6, 32)]
    [TestCase(7, 60)]
    [TestCase(8, 60)]
    [TestCase(100, 60)]
    [TestCase(int.MaxValue, 60)]
    public void Wachttijd_AfterFailedAttempts_DoublesUpToOneHour(int pogingen, int minuten)
    {
        Assert.That(AfleveringSchema.Wachttijd(pogingen), Is.EqualTo(TimeSpan.FromMinutes(minuten)));
    }

    [Test]
    public void Wachttijd_ZeroAttempts_Throws()
    {
        Assert.That(() => AfleveringSchema.Wachttijd(0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [TestCase(1)]
    [TestCase(4)]
    [TestCase(8)]
    public void Jitter_ManyDeliveries_StaysBelowATenthOfTheWait(int pogingen)
    {
        var maximum = AfleveringSchema.Wachttijd(pogingen) / 10;
        var jitters = Enumerable.Range(0, 1000).Select(i => AfleveringSchema.Jitter(new Guid(i, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8), pogingen)).ToList();

        Assert.That(jitters, Has.All.GreaterThanOrEqualTo(TimeSpan.Zero));
        Assert.That(jitters, Has.All.LessThan(maximum));
        Assert.That(jitters.Distinct().Count(), Is.GreaterThan(maximum.TotalSeconds / 2), "the jitter should spread the retries");
    }

    [Test]
    public void Jitter_SameDeliveryAndAttempt_IsTheSame()
    {
        const string Id = "0f8fad5b-d9cb-469f-a165-70867728950e";

        var eerste = AfleveringSchema.Jitter(Guid.Parse(Id), 3);
        var tweede = AfleveringSchema.Jitter(Guid.Parse(Id), 3);

        Assert.That(tweede, Is.EqualTo(eerste));
        Assert.That(eerste.Ticks % TimeSpan.TicksPerSecond, Is.Zero);
    }

    [Test]
    public void VolgendePoging_SecondFailure_IsTwoMinutesPlusJitterLater()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        var nu = new DateTimeOffset(2024, 2, 29, 23, 59, 0, TimeSpan.Zero);

        var volgende = AfleveringSchema.VolgendePoging(id, 2, nu);

        Assert.That(volgende, Is.EqualTo(new DateTimeOffset(2024, 3, 1, 0, 1, 0, TimeSpan.Zero) + AfleveringSchema.Jitter(id, 2)));
    }

    [TestCase(7, false)]
    [TestCase(8, true)]
    [TestCase(9, true)]
    public void IsMislukt_AfterAttempts_FromTheEighth(int pogingen, bool mislukt)
    {
        Assert.That(AfleveringSchema.IsMislukt(pogingen), Is.EqualTo(mislukt));
    }
}
