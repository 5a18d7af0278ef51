namespace ChatCoach.Domain.Scoreboard;

/// <summary>
/// Computes the standing from the indicators and the latest revision of each recorded period.
/// Pure: the same inputs always give the same standing, and every number in it is a recorded
/// value or the difference of two.
/// </summary>
/// <remarks>
/// The month turn (docs/decisions/0009-month-turn.md): between a month's end and its due day the
/// reporting period is still the month before, but an owner who already reported the newer month
/// is up to date. A row is settled by its entry for the reporting period or for any later closed
/// month, the newest such entry winning; only a row with neither is missing.
/// </remarks>
public sealed class StandingCalculator(ReportingCalendar calendar)
{
    public Standing Compute(IReadOnlyList<Indicator> indicators, IEnumerable<RecordedValue> latestRevisions, DateOnly today)
    {
        var current = calendar.CurrentPeriod(today);
        var byIndicator = latestRevisions
            .Where(v => v.Period <= Period.Of(today))
            .GroupBy(v => v.IndicatorKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Period).ToList(), StringComparer.Ordinal);

        var rows = indicators
            .OrderBy(i => i.Position)
            .Select(i => Row(i, byIndicator.GetValueOrDefault(i.Key) ?? [], current, Period.Of(today)))
            .ToList();
        return new Standing(current, today, rows, calendar.DueDay);
    }

    /// <param name="newestFirst">The latest revision of each period, newest period first.</param>
    private static StandingRow Row(Indicator indicator, List<RecordedValue> newestFirst, Period current, Period openMonth)
    {
        var numbers = newestFirst.Where(v => v.HasNumber).Take(2).ToList();
        var latest = numbers.ElementAtOrDefault(0);
        var previous = numbers.ElementAtOrDefault(1);
        var change = latest is not null && previous is not null ? latest.Value - previous.Value : null;
        var settling = newestFirst.FirstOrDefault(v => v.Period >= current && v.Period < openMonth);
        return new StandingRow(indicator, latest, previous, change, TrendOf(indicator, change), StatusOf(indicator, latest), settling);
    }

    private static Trend TrendOf(Indicator indicator, decimal? change) => change switch
    {
        null => Trend.None,
        0 => Trend.Flat,
        > 0 => indicator.BetterWhen == BetterWhen.Higher ? Trend.Improving : Trend.Worsening,
        _ => indicator.BetterWhen == BetterWhen.Lower ? Trend.Improving : Trend.Worsening,
    };

    private static TargetStatus StatusOf(Indicator indicator, RecordedValue? latest) =>
        indicator.Target is null ? TargetStatus.NoTarget
        : latest?.Value is not { } value ? TargetStatus.NoValue
        : indicator.MeetsTarget(value) == true ? TargetStatus.OnTrack
        : TargetStatus.OffTrack;
}
