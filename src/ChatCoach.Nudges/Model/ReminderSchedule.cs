using Cronos;

namespace ChatCoach.Nudges.Model;

/// <summary>
/// The weekly nudge rhythm as a five-field cron expression ("0 9 * * MON"), read in a person's own
/// time zone. Cronos does the calendar arithmetic: a local time skipped by a daylight-saving change
/// fires at the first instant after the gap, and a repeated local time fires once.
/// </summary>
public sealed class ReminderSchedule
{
    private readonly CronExpression _expression;

    private ReminderSchedule(string text, CronExpression expression)
    {
        Text = text;
        _expression = expression;
    }

    public string Text { get; }

    public static bool TryParse(string? text, out ReminderSchedule? schedule)
    {
        schedule = null;
        if (string.IsNullOrWhiteSpace(text) || !CronExpression.TryParse(text.Trim(), CronFormat.Standard, out var expression))
        {
            return false;
        }
        schedule = new ReminderSchedule(text.Trim(), expression);
        return true;
    }

    public static ReminderSchedule Parse(string text) =>
        TryParse(text, out var schedule) ? schedule! : throw new FormatException($"'{text}' is not a five-field cron expression like '0 9 * * MON'.");

    /// <summary>The latest occurrence in (now - <paramref name="lookBack"/>, <paramref name="now"/>], as a UTC instant.</summary>
    public DateTimeOffset? LatestOccurrence(DateTimeOffset now, TimeSpan lookBack, TimeZoneInfo zone)
    {
        DateTimeOffset? latest = null;
        foreach (var occurrence in _expression.GetOccurrences(now - lookBack, now, zone, fromInclusive: false, toInclusive: true))
        {
            latest = occurrence;
        }
        return latest?.ToUniversalTime();
    }

    public DateTimeOffset? NextOccurrence(DateTimeOffset after, TimeZoneInfo zone) =>
        _expression.GetNextOccurrence(after, zone, inclusive: false)?.ToUniversalTime();

    public override string ToString() => Text;
}
