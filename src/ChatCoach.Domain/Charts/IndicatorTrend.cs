using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Charts;

/// <summary>
/// One month of a trend: the value that stands now (the newest revision), or none when the month
/// has no number. A month without a number is a gap, never an interpolated point.
/// </summary>
/// <param name="Stands">The revision the point comes from, so every plotted number can say who recorded it and when.</param>
public sealed record TrendPoint(Period Period, RecordedValue? Stands)
{
    public decimal? Value => Stands is { HasNumber: true } ? Stands.Value : null;
}

/// <summary>An indicator's recorded monthly values over a window of months, oldest first.</summary>
public sealed record IndicatorTrend(Indicator Indicator, Period From, Period To, IReadOnlyList<TrendPoint> Points)
{
    /// <summary>
    /// The trend over [<paramref name="from"/>, <paramref name="to"/>] from an indicator's history
    /// (every revision): per month, only the newest revision counts, so a correction replaces the
    /// value it corrects and a later "not available" leaves a gap.
    /// </summary>
    public static IndicatorTrend Of(Indicator indicator, IEnumerable<RecordedValue> history, Period from, Period to)
    {
        var standing = history
            .Where(v => v.IndicatorKey == indicator.Key && v.Period >= from && v.Period <= to)
            .GroupBy(v => v.Period)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Revision));
        var points = new List<TrendPoint>();
        for (var month = from; month <= to; month = month.Next)
        {
            points.Add(new TrendPoint(month, standing.GetValueOrDefault(month)));
        }
        return new IndicatorTrend(indicator, from, to, points);
    }

    public IEnumerable<TrendPoint> Recorded => Points.Where(p => p.Value is not null);

    public TrendPoint? Latest => Recorded.LastOrDefault();

    public bool HasValues => Recorded.Any();
}
