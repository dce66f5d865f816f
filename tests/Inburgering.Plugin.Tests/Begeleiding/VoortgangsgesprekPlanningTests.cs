using Inburgering.Plugin.Begeleiding;

namespace Inburgering.Plugin.Tests.Begeleiding;

public sealed class VoortgangsgesprekPlanningTests
{
    private static readonly Guid s_dossierId = Guid.Parse("6f1c2d3e-0000-4000-8000-000000000001");

    private static readonly Guid s_gesprekId = Guid.Parse("6f1c2d3e-0000-4000-8000-000000000002");

    [TestCase("2026-11-30", 3, "2027-02-28", TestName = "VolgendeGesprek_PipOn30November_Is28February")]
    [TestCase("2027-11-30", 3, "2028-02-29", TestName = "VolgendeGesprek_PipBeforeLeapFebruary_Is29February")]
    [TestCase("2027-11-29", 3, "2028-02-29", TestName = "VolgendeGesprek_Pip29November_Is29FebruaryInLeapYear")]
    [TestCase("2026-08-31", 6, "2027-02-28", TestName = "VolgendeGesprek_Pip31AugustSixMonths_Is28February")]
    [TestCase("2026-12-04", 1, "2027-01-04", TestName = "VolgendeGesprek_OneMonth_IsSameDayNextMonth")]
    public void VolgendeGesprek_NoneHeld_CountsFromPip(string pip, int interval, string expected)
    {
        var due = VoortgangsgesprekPlanning.VolgendeGesprekUiterlijk(Date(pip), [], interval);

        Assert.That(due, Is.EqualTo(Date(expected)));
    }

    [Test]
    public void VolgendeGesprek_HeldLateEveningUtc_CountsFromAmsterdamDate()
    {
        // 23:30 UTC on 31 August is 01:30 on 1 September in Amsterdam.
        var gesprekken = new[] { Gehouden("2026-08-31T23:30:00Z"), Gehouden("2026-06-01T08:00:00Z") };

        var due = VoortgangsgesprekPlanning.VolgendeGesprekUiterlijk(Date("2026-05-01"), gesprekken, 3);

        Assert.That(due, Is.EqualTo(Date("2026-12-01")));
    }

    [Test]
    public void VolgendeGesprek_HeldOn30November_Is28February()
    {
        var due = VoortgangsgesprekPlanning.VolgendeGesprekUiterlijk(Date("2026-05-01"), [Gehouden("2026-11-30T09:00:00Z")], 3);

        Assert.That(due, Is.EqualTo(Date("2027-02-28")));
    }

    [TestCase("2027-02-13", 0, TestName = "Taken_DayBeforeLeadTime_HasNoTask")]
    [TestCase("2027-02-14", 1, TestName = "Taken_FirstDayOfLeadTime_HasPlanTask")]
    [TestCase("2027-02-28", 1, TestName = "Taken_OnDueDate_HasPlanTask")]
    [TestCase("2027-03-01", 1, TestName = "Taken_AfterDueDate_KeepsPlanTask")]
    public void Taken_NonePlanned_PlanTaskFrom14DaysBefore(string vandaag, int expectedCount)
    {
        var taken = VoortgangsgesprekPlanning.Taken(s_dossierId, Date("2026-11-30"), [], 3, Date(vandaag));

        Assert.That(taken, Has.Count.EqualTo(expectedCount));
        if (expectedCount == 1)
        {
            Assert.That(taken[0].Key, Is.EqualTo($"inburgering.voortgangsgesprek:{s_dossierId}:plannen"));
            Assert.That(taken[0].Title.Nl, Is.EqualTo("Plan een voortgangsgesprek"));
            Assert.That(taken[0].DueDate, Is.EqualTo(Date("2027-02-28")));
        }
    }

    [Test]
    public void Taken_PlannedAfterMidnightAmsterdam_DueOnAmsterdamDate()
    {
        // 00:30 on 1 March 2028 in Amsterdam is 23:30 UTC on 29 February.
        var gepland = new Voortgangsgesprek { Id = s_gesprekId, Gemeente = "0599", GewijzigdDoor = "x", GeplandOp = Moment("2028-02-29T23:30:00Z") };

        var taken = VoortgangsgesprekPlanning.Taken(s_dossierId, Date("2026-11-30"), [gepland], 3, Date("2026-12-04"));

        Assert.That(taken, Has.Count.EqualTo(1));
        Assert.That(taken[0].Key, Is.EqualTo($"inburgering.voortgangsgesprek:{s_dossierId}:{s_gesprekId}"));
        Assert.That(taken[0].Title.Nl, Is.EqualTo("Voer het geplande voortgangsgesprek"));
        Assert.That(taken[0].DueDate, Is.EqualTo(Date("2028-03-01")));
    }

    [Test]
    public void Taken_PlannedWhileIntervalOverdue_HasOnlyTheConversationTask()
    {
        var gepland = new Voortgangsgesprek { Id = s_gesprekId, Gemeente = "0599", GewijzigdDoor = "x", GeplandOp = Moment("2027-04-01T08:00:00Z") };

        var taken = VoortgangsgesprekPlanning.Taken(s_dossierId, Date("2026-11-30"), [gepland, Gehouden("2026-12-01T09:00:00Z")], 3, Date("2027-03-20"));

        Assert.That(taken.Select(t => t.Key), Is.EqualTo(new[] { $"inburgering.voortgangsgesprek:{s_dossierId}:{s_gesprekId}" }));
    }

    private static Voortgangsgesprek Gehouden(string utc) =>
        new() { Id = Guid.NewGuid(), Gemeente = "0599", GewijzigdDoor = "x", GeplandOp = Moment(utc), GehoudenOp = Moment(utc) };

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Moment(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
