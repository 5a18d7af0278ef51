namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// The reporting rhythm: month M's value is due by day <see cref="DueDay"/> of month M+1. Until it
/// is due, the month before M still counts as the current reporting period, so nobody is shown as
/// "missing" for a month that only just ended.
/// </summary>
public sealed class ReportingCalendar
{
    /// <summary>ChatCoach:Scoreboard:DueDay when it is not set.</summary>
    public const int DefaultDueDay = 5;

    public ReportingCalendar(int dueDay)
    {
        if (dueDay is < 1 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(dueDay), dueDay, "The due day must be between 1 and 28 so every month has it.");
        }
        DueDay = dueDay;
    }

    public int DueDay { get; }

    /// <summary>The latest month whose value is already due on <paramref name="today"/>.</summary>
    public Period CurrentPeriod(DateOnly today)
    {
        var lastMonth = Period.Of(today).Previous;
        return today.Day >= DueDay ? lastMonth : lastMonth.Previous;
    }

    /// <summary>The period a value is recorded for when the person names none: the month just closed.</summary>
    public static Period DefaultRecordingPeriod(DateOnly today) => Period.Of(today).Previous;

    public DateOnly DueDate(Period period) => period.Next.FirstDay.AddDays(DueDay - 1);

    /// <summary>A month is closed (can be reported) once it has ended.</summary>
    public static bool IsClosed(Period period, DateOnly today) => period < Period.Of(today);
}
