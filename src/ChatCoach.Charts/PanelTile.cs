using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Charts;

/// <summary>One indicator on the instrument panel: its standing row and its last six months.</summary>
public sealed record PanelTile(StandingRow Row, IndicatorTrend Trend)
{
    public const int Months = 6;

    /// <summary>
    /// A tile per standing row over the last six closed months, from the newest revision of every
    /// (indicator, month) — which is what a trend plots.
    /// </summary>
    public static IReadOnlyList<PanelTile> For(Standing standing, IReadOnlyList<RecordedValue> latestValues)
    {
        var window = ChartWindow.Last(Months, standing.AsOf);
        return [.. standing.Rows.Select(r => new PanelTile(r, IndicatorTrend.Of(r.Indicator, latestValues, window.From, window.To)))];
    }
}
