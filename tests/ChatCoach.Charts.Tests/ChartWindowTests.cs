using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Charts.Tests;

public class ChartWindowTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void The_default_window_is_the_twelve_months_that_have_ended()
    {
        var window = ChartWindow.Last(ChartWindow.DefaultMonths, Today);

        Assert.Equal((Period.Parse("2025-12"), Period.Parse("2026-11"), 12), (window.From, window.To, window.Months));
    }

    [Fact]
    public void Since_a_month_runs_to_the_month_that_just_ended_and_a_future_start_has_no_window()
    {
        Assert.Equal(new ChartWindow(Period.Parse("2026-01"), Period.Parse("2026-11")), ChartWindow.Since(Period.Parse("2026-01"), Today));
        Assert.Null(ChartWindow.Since(Period.Parse("2026-12"), Today));
    }

    [Fact]
    public void A_sparkline_has_one_block_per_month_and_a_space_for_each_gap()
    {
        var history = new[] { Recorded.Value(Recorded.WinRate, "2026-01", 20), Recorded.Value(Recorded.WinRate, "2026-03", 40), Recorded.Value(Recorded.WinRate, "2026-04", 30) };

        var line = Sparkline.Of(IndicatorTrend.Of(Recorded.WinRate, history, Period.Parse("2026-01"), Period.Parse("2026-04")));

        Assert.Equal("▁ █▅", line);
    }
}
