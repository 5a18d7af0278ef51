using ChatCoach.Charts;
using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Bench;

/// <summary>
/// Rendering pictures to PNG in this process: one trend chart over a number of months (the issue's
/// goal is well under 100 ms), and the instrument panel for a six-indicator board.
/// </summary>
internal static class ChartBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>How big the pictures come out (what is uploaded; Teams shows inline only up to a size).</summary>
    public static IEnumerable<(string Work, int Size, int Bytes)> PngSizes(IEnumerable<int> monthCounts)
    {
        foreach (var months in monthCounts)
        {
            var (indicators, values) = GrowthBenchmarks.Board(1, months);
            var window = ChartWindow.Last(months, Today);
            yield return ("trend chart (months)", months, TrendChart.Render(IndicatorTrend.Of(indicators[0], values, window.From, window.To)).Png.Length);
        }
        var (board, history) = GrowthBenchmarks.Board(6, PanelTile.Months);
        var standing = new StandingCalculator(new ReportingCalendar(5)).Compute(board, history, Today);
        yield return ("instrument panel (indicators)", board.Count, InstrumentPanel.Render(PanelTile.For(standing, history), standing.ReportingPeriod).Png.Length);
    }

    public static IEnumerable<GrowthResult> Rendering(IEnumerable<int> monthCounts)
    {
        foreach (var months in monthCounts)
        {
            var (indicators, values) = GrowthBenchmarks.Board(1, months);
            var window = ChartWindow.Last(months, Today);
            var trend = IndicatorTrend.Of(indicators[0], values, window.From, window.To);
            yield return GrowthBenchmarks.Measure("trend chart render (months)", months, () => TrendChart.Render(trend));
        }
        var (board, history) = GrowthBenchmarks.Board(6, PanelTile.Months);
        var calculator = new StandingCalculator(new ReportingCalendar(5));
        var drawn = 0;
        yield return GrowthBenchmarks.Measure("instrument panel render (indicators)", board.Count, () =>
        {
            // A new target each time: a panel the memo has never seen, so this times the drawing (and the memo's key).
            var standing = calculator.Compute([.. board.Select((i, n) => n == 0 ? i with { Target = ++drawn } : i)], history, Today);
            InstrumentPanel.Render(PanelTile.For(standing, history), standing.ReportingPeriod);
        });
    }
}
