using Host.Abstractions;
using SampleHost.Jobs;

namespace SampleHost.Tests.Jobs;

public sealed class JobDueMomentsTests
{
    private static readonly JobSchedule s_dailyAtThree = JobSchedule.Daily(new TimeOnly(3, 0));

    [Test]
    public void Daily_WinterAfterTime_IsToday()
    {
        var due = JobDueMoments.LatestAtOrBefore(s_dailyAtThree, new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Daily_WinterBeforeTime_IsYesterday()
    {
        var due = JobDueMoments.LatestAtOrBefore(s_dailyAtThree, new DateTimeOffset(2026, 12, 4, 1, 59, 59, TimeSpan.Zero));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 12, 3, 2, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Daily_InSummer_IsAtOneUtc()
    {
        var due = JobDueMoments.LatestAtOrBefore(s_dailyAtThree, new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Interval_IsAlignedOnTheUnixEpoch()
    {
        var due = JobDueMoments.LatestAtOrBefore(JobSchedule.Every(TimeSpan.FromMinutes(15)), new DateTimeOffset(2026, 12, 4, 10, 44, 59, TimeSpan.Zero));

        Assert.That(due, Is.EqualTo(new DateTimeOffset(2026, 12, 4, 10, 30, 0, TimeSpan.Zero)));
    }

    [Test]
    public void Every_LessThanAMinute_Throws()
    {
        Assert.That(() => JobSchedule.Every(TimeSpan.FromSeconds(59)), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
