using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;

namespace ChatCoach.Nudges.Tests;

/// <summary>The cron schedule read in each person's own zone, across daylight-saving changes.</summary>
public sealed class ScheduleTests
{
    private static readonly ReminderSchedule MondayNine = ReminderSchedule.Parse("0 9 * * MON");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeSpan Grace = NudgeSettings.Grace;

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0, int year = 2026) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Monday_nine_is_a_different_instant_in_each_zone()
    {
        Assert.Equal(Utc(11, 23, 8), MondayNine.LatestOccurrence(Utc(11, 23, 8), Grace, Berlin));
        Assert.Null(MondayNine.LatestOccurrence(Utc(11, 23, 7, 59), Grace, Berlin));
        Assert.Equal(Utc(11, 23, 14), MondayNine.NextOccurrence(Utc(11, 23, 9), NewYork));
        Assert.Null(MondayNine.LatestOccurrence(Utc(11, 23, 13, 59), Grace, NewYork));
    }

    [Fact]
    public void Nine_local_stays_nine_local_across_the_autumn_change()
    {
        // Berlin leaves summer time on 25 October 2026: 9:00 is 07:00Z before and 08:00Z after.
        Assert.Equal(Utc(10, 19, 7), MondayNine.NextOccurrence(Utc(10, 18, 12), Berlin));
        Assert.Equal(Utc(10, 26, 8), MondayNine.NextOccurrence(Utc(10, 19, 12), Berlin));
    }

    [Fact]
    public void A_time_skipped_in_spring_fires_once_right_after_the_gap_and_a_repeated_time_fires_once()
    {
        var sundayHalfTwo = ReminderSchedule.Parse("30 2 * * SUN");
        // 28 March 2027: Berlin jumps from 02:00 to 03:00, so 02:30 does not exist; it fires at 03:00 CEST (01:00Z).
        Assert.Equal(Utc(3, 28, 1, year: 2027), sundayHalfTwo.NextOccurrence(Utc(3, 27, 12, year: 2027), Berlin));
        // 25 October 2026: 02:30 happens twice; it fires the first time only (00:30Z), the next one a week later.
        Assert.Equal(Utc(10, 25, 0, 30), sundayHalfTwo.NextOccurrence(Utc(10, 24, 12), Berlin));
        Assert.Equal(Utc(11, 1, 1, 30), sundayHalfTwo.NextOccurrence(Utc(10, 25, 0, 30), Berlin));
    }

    [Fact]
    public void A_missed_occasion_is_honoured_within_the_grace_window_only()
    {
        Assert.Equal(Utc(11, 23, 9), MondayNine.LatestOccurrence(Utc(11, 23, 20), Grace, TimeZoneInfo.Utc));
        Assert.Null(MondayNine.LatestOccurrence(Utc(11, 24, 9), Grace, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Remind_me_thursday_means_the_next_thursday_at_nine_in_the_persons_zone()
    {
        Assert.Equal(Utc(11, 26, 8), SnoozeRules.RemindOn(DayOfWeek.Thursday, Utc(11, 23, 10), Berlin));
        Assert.Equal(Utc(11, 30, 8), SnoozeRules.RemindOn(DayOfWeek.Monday, Utc(11, 23, 10), Berlin));
        Assert.Equal(Utc(11, 24, 14), SnoozeRules.Tomorrow(Utc(11, 23, 10), NewYork));
    }

    [Theory]
    [InlineData("0 9 * * MON", true)]
    [InlineData("30 8 * * 1-5", true)]
    [InlineData("every monday", false)]
    [InlineData("0 9 * * MON *", false)]
    [InlineData("", false)]
    public void Only_five_field_cron_expressions_are_schedules(string text, bool valid) =>
        Assert.Equal(valid, ReminderSchedule.TryParse(text, out _));
}
