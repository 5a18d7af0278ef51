namespace ChatCoach.Nudges.Model;

/// <summary>When "remind me Thursday" and "snooze 3 days" end, in the person's own time zone.</summary>
public static class SnoozeRules
{
    public const int MaxDays = 31;

    /// <summary>The next such weekday (never today) at <see cref="NudgeSettings.RemindAt"/> local time.</summary>
    public static DateTimeOffset RemindOn(DayOfWeek day, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = NudgeRules.LocalDay(now, zone);
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return AtLocal(today.AddDays(ahead == 0 ? 7 : ahead), zone);
    }

    public static DateTimeOffset Tomorrow(DateTimeOffset now, TimeZoneInfo zone) =>
        AtLocal(NudgeRules.LocalDay(now, zone).AddDays(1), zone);

    public static DateTimeOffset ForDays(int days, DateTimeOffset now) => now.AddDays(Math.Clamp(days, 1, MaxDays));

    /// <summary>A local wall-clock time as an instant; a time skipped by a DST change moves past the gap.</summary>
    private static DateTimeOffset AtLocal(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(NudgeSettings.RemindAt);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
