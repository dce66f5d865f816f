
namespace Host.Abstractions.Tests.Modules;

[TestFixture]
public sealed class VersionRangeTests
{
    [TestCase(">=1.0 <2.0", "1.0.0", true)]
    [TestCase(">=1.0 <2.0", "1.9.9", true)]
    [TestCase(">=1.0 <2.0", "2.0.0", false)]
    [TestCase(">=1.0 <2.0", "0.9.0", false)]
    [TestCase(">=1.2 <2.0", "1.1.5", false)]
    [TestCase(">1.0", "1.0.0", false)]
    [TestCase(">1.0", "1.0.1", true)]
    [TestCase("<=1.0", "1.0.0", true)]
    [TestCase("=1.0.0", "1.0.0", true)]
    [TestCase("=1.0.0", "1.0.1", false)]
    public void Includes_ComparesEveryPart(string range, string version, bool expected)
    {
        Assert.That(VersionRange.TryParse(range, out var parsed), Is.True);
        Assert.That(SemanticVersion.TryParse(version, out var semantic), Is.True);

        Assert.That(parsed!.Includes(semantic), Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("1.0")]
    [TestCase(">=one")]
    [TestCase(">=1.0 <")]
    [TestCase("~1.0")]
    [TestCase(null)]
    public void TryParse_InvalidRange_ReturnsFalse(string? text)
    {
        var parsed = VersionRange.TryParse(text, out var range);

        Assert.That(parsed, Is.False);
        Assert.That(range, Is.Null);
    }

    [Test]
    public void HostApiVersion_IsOneZeroZero()
    {
        Assert.That(HostApi.Version, Is.EqualTo(new SemanticVersion(1, 0, 0)));
    }

    [Test]
    public void AssemblyVersion_IsFrozenPerMajor()
    {
        var version = typeof(IPluginModule).Assembly.GetName().Version;

        Assert.That(version, Is.EqualTo(new Version(HostApi.Version.Major, 0, 0, 0)));
    }
}
