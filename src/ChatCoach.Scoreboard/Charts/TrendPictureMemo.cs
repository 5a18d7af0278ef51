using System.Collections.Concurrent;
using ChatCoach.Charts;
using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Charts;

/// <summary>
/// Trend charts already drawn, by everything they show: the indicator as it is now (name, unit,
/// target, direction), the window, and every month's standing revision (value, who, when). Drawing
/// is a pure function of that trend, so an equal trend gets the same picture; a write, a correction,
/// a new target or a new month makes a different trend and so a fresh drawing — never a stale one.
/// A PNG takes milliseconds of CPU to draw (most of a chart turn) and the same chart is asked for
/// again and again in a meeting. Bounded: when full it starts over.
/// </summary>
internal sealed class TrendPictureMemo(Func<IndicatorTrend, ChartPicture> draw, int capacity = 256)
{
    private readonly ConcurrentDictionary<TrendKey, ChartPicture> _drawn = new();

    public ChartPicture Draw(IndicatorTrend trend)
    {
        var key = new TrendKey(trend);
        if (_drawn.TryGetValue(key, out var picture))
        {
            return picture;
        }
        picture = draw(trend);
        if (_drawn.Count >= capacity)
        {
            _drawn.Clear();
        }
        _drawn[key] = picture;
        return picture;
    }

    /// <summary>A trend compared by value: records compare their fields, the list of points item by item.</summary>
    private sealed class TrendKey(IndicatorTrend trend) : IEquatable<TrendKey>
    {
        private static readonly string[] NoAliases = [];

        // Aliases are a list (compared by reference in a record) and are not drawn: left out.
        private readonly Indicator _indicator = trend.Indicator with { Aliases = NoAliases };
        private readonly IndicatorTrend _trend = trend;
        private readonly int _hash = HashCode.Combine(trend.Indicator.Key, trend.From, trend.To, trend.Points.Count, trend.Latest);

        public bool Equals(TrendKey? other) =>
            other is not null && _hash == other._hash && _indicator == other._indicator
            && _trend.From == other._trend.From && _trend.To == other._trend.To && _trend.Points.SequenceEqual(other._trend.Points);

        public override bool Equals(object? obj) => Equals(obj as TrendKey);

        public override int GetHashCode() => _hash;
    }
}
