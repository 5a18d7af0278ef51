using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Lagging;

/// <summary>A leading indicator's three monthly values inside the quarter and which way they went.</summary>
public sealed record ProtectorLine(Indicator Indicator, IReadOnlyList<RecordedValue?> Months, Trend Trend);

/// <summary>A lagging metric's quarter value (if recorded) next to the indicators that protect it.</summary>
public sealed record ReviewLine(LaggingMetric Metric, LaggingValue? Value, IReadOnlyList<ProtectorLine> Protectors);

/// <summary>"Quarterly review": every lagging metric of the board for one quarter.</summary>
public sealed record QuarterlyReview(Quarter Quarter, IReadOnlyList<ReviewLine> Lines)
{
    /// <summary>
    /// Builds the review from recorded values only: the quarter's lagging values (latest revision
    /// each) and the latest revision of each monthly value. Pure, like the standing.
    /// </summary>
    public static QuarterlyReview Build(Quarter quarter, IReadOnlyList<Indicator> indicators, IEnumerable<RecordedValue> latestMonthly, IEnumerable<LaggingValue> latestLagging)
    {
        var months = quarter.Months;
        var monthly = latestMonthly.Where(v => months.Contains(v.Period)).ToLookup(v => v.IndicatorKey, StringComparer.Ordinal);
        var lagging = latestLagging.Where(v => v.Quarter == quarter).ToDictionary(v => v.MetricKey, StringComparer.Ordinal);
        var lines = LaggingMetrics.Of(indicators)
            .Select(metric => new ReviewLine(metric, lagging.GetValueOrDefault(metric.Key),
                metric.ProtectedBy.Select(i => Protector(i, months, monthly[i.Key].ToList())).ToList()))
            .ToList();
        return new QuarterlyReview(quarter, lines);
    }

    private static ProtectorLine Protector(Indicator indicator, IReadOnlyList<Period> months, List<RecordedValue> values)
    {
        var row = months.Select(m => values.FirstOrDefault(v => v.Period == m)).ToList();
        var numbers = row.Where(v => v?.HasNumber == true).Select(v => v!.Value!.Value).ToList();
        var trend = numbers.Count < 2 ? Trend.None : TrendOf(indicator.BetterWhen, numbers[^1] - numbers[0]);
        return new ProtectorLine(indicator, row, trend);
    }

    /// <summary>First recorded month of the quarter to the last, read with the indicator's direction.</summary>
    private static Trend TrendOf(BetterWhen better, decimal change) => change switch
    {
        0 => Trend.Flat,
        > 0 => better == BetterWhen.Higher ? Trend.Improving : Trend.Worsening,
        _ => better == BetterWhen.Lower ? Trend.Improving : Trend.Worsening,
    };
}
