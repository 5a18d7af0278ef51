using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Charts;

/// <summary>One indicator on the instrument panel: its standing row, its last six months, and the month it owes.</summary>
/// <param name="Due">"November overdue since Dec 5" and the like (<see cref="RowDueWording"/>); null when nothing is owed.</param>
public sealed record PanelTile(StandingRow Row, IndicatorTrend Trend, string? Due = null)
{
    public const int Months = 6;

    /// <summary>
    /// A tile per standing row over the last six closed months, from the newest revision of every
    /// (indicator, month) — which is what a trend plots.
    /// </summary>
    public static IReadOnlyList<PanelTile> For(Standing standing, IReadOnlyList<RecordedValue> latestValues)
    {
        var window = ChartWindow.Last(Months, standing.AsOf);
        return [.. standing.Rows.Select(r => new PanelTile(r, IndicatorTrend.Of(r.Indicator, latestValues, window.From, window.To), RowDueWording.Note(r, standing)))];
    }
}
