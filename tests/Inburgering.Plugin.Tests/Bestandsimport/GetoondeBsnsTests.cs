using Host.Abstractions;
using Inburgering.Plugin.Bestandsimport;

namespace Inburgering.Plugin.Tests.Bestandsimport;

/// <summary>Which delivered values of a report count as a shown BSN for the processing log.</summary>
[TestFixture]
public sealed class GetoondeBsnsTests
{
    [Test]
    public void Bsns_ValidNineDigits_CountedOnce()
    {
        var bsns = GetoondeBsns.Bsns(["999993653", " 999993653 ", "111222333"]).Select(b => b.Value);

        Assert.That(bsns, Is.EqualTo(new[] { "999993653", "111222333" }));
    }

    [TestCase("90059901")]
    [TestCase("999993654")]
    [TestCase("9999.93.653")]
    [TestCase("12,5")]
    [TestCase("")]
    [TestCase(null)]
    public void Bsns_OtherValue_IsNotCounted(string? waarde)
    {
        Assert.That(GetoondeBsns.Bsns([waarde]), Is.Empty);
    }

    [Test]
    public async Task Registreer_TwoBsns_RecordsTwoReads()
    {
        var log = new Inburgering.Plugin.Tests.TestDoubles.RecordingProcessingLog([new Inburgering.Plugin.Privacy.InburgeringProcessingActivities()]);

        await GetoondeBsns.RegistreerAsync(log, ["999993653", "90059901", "111222333", "999993653"], CancellationToken.None);

        Assert.That(log.Records.Select(r => r.Subject), Is.EqualTo(new[] { DataSubject.FromBsn(Bsn.Parse("999993653")), DataSubject.FromBsn(Bsn.Parse("111222333")) }));
        Assert.That(log.Records.Select(r => r.ActivityId).Distinct(), Is.EqualTo(new[] { "inburgering.aanlevering" }));
        Assert.That(log.Records.Select(r => r.Operation).Distinct(), Is.EqualTo(new[] { ProcessingOperation.Read }));
    }
}
