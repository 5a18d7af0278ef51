using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

public class ReportingCalendarTests
{
    private readonly ReportingCalendar _calendar = new(dueDay: 5);

    [Theory]
    [InlineData("2026-11-04", "2026-09")]
    [InlineData("2026-11-05", "2026-10")]
    [InlineData("2026-11-30", "2026-10")]
    [InlineData("2026-01-01", "2025-11")]
    [InlineData("2026-01-05", "2025-12")]
    public void A_month_becomes_current_on_its_due_day(string today, string expected) =>
        Assert.Equal(Period.Parse(expected), _calendar.CurrentPeriod(DateOnly.Parse(today)));

    [Fact]
    public void The_due_date_is_the_due_day_of_the_next_month() =>
        Assert.Equal(new DateOnly(2027, 1, 5), _calendar.DueDate(Period.Parse("2026-12")));

    [Fact]
    public void Values_are_recorded_for_the_month_just_closed_by_default() =>
        Assert.Equal(Period.Parse("2026-10"), ReportingCalendar.DefaultRecordingPeriod(new DateOnly(2026, 11, 2)));

    [Fact]
    public void A_month_is_closed_only_once_it_has_ended()
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.True(ReportingCalendar.IsClosed(Period.Parse("2026-10"), today));
        Assert.False(ReportingCalendar.IsClosed(Period.Parse("2026-11"), today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void Refuses_a_due_day_some_months_lack(int dueDay) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingCalendar(dueDay));
}
