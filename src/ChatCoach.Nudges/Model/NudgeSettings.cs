namespace ChatCoach.Nudges.Model;

/// <summary>
/// The nudge loop's settings (bound by the host from ChatCoach:Reminders).
/// </summary>
/// <param name="DefaultZone">Used for anyone whose own zone the channel does not know, and for the digest.</param>
/// <param name="EscalateAfter">Unanswered nudges after which the next occasion escalates.</param>
public sealed record NudgeSettings(ReminderSchedule Schedule, TimeZoneInfo DefaultZone, int EscalateAfter)
{
    /// <summary>
    /// How late a missed occasion is still honoured (the host was down at 9:00 and starts at 11:00).
    /// Older occasions are skipped: a nudge a day late reads as noise.
    /// </summary>
    public static TimeSpan Grace { get; } = TimeSpan.FromHours(12);

    /// <summary>The local time of day a "remind me Thursday" fires at.</summary>
    public static TimeOnly RemindAt { get; } = new(9, 0);
}
