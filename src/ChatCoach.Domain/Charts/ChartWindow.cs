using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Charts;

/// <summary>
/// Which months a chart covers. Charts end with the month that just ended (the latest month that can
/// have a value) and go back a number of months, or start at a named month.
/// </summary>
public sealed record ChartWindow(Period From, Period To)
{
    public const int DefaultMonths = 12;
    public const int MaxMonths = 60;

    public int Months => (To.Year * 12 + To.Month) - (From.Year * 12 + From.Month) + 1;

    /// <summary>The last <paramref name="months"/> closed months as of <paramref name="today"/> (clamped to 1..60).</summary>
    public static ChartWindow Last(int months, DateOnly today)
    {
        var to = Period.Of(today).Previous;
        var from = to;
        for (var i = 1; i < Math.Clamp(months, 1, MaxMonths); i++)
        {
            from = from.Previous;
        }
        return new ChartWindow(from, to);
    }

    /// <summary>From <paramref name="from"/> to the month that just ended; null when that start has not closed yet.</summary>
    public static ChartWindow? Since(Period from, DateOnly today)
    {
        var to = Period.Of(today).Previous;
        if (from > to)
        {
            return null;
        }
        var window = new ChartWindow(from, to);
        return window.Months > MaxMonths ? Last(MaxMonths, today) : window;
    }
}
