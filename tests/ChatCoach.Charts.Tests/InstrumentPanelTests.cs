using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Charts.Tests;

public class InstrumentPanelTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Each_tile_is_coloured_by_its_target_status_and_plots_its_six_months()
    {
        var board = DefaultScoreboard.Indicators.Select(i => i.Key == "cost-per-qualified-opp" ? i with { Target = 400m }
            : i.Key == "win-rate-non-price" ? i with { Target = 30m } : i).ToList();
        var history = new[]
        {
            Recorded.Value(board[1], "2026-09", 455), Recorded.Value(board[1], "2026-10", 430),
            Recorded.Value(board[2], "2026-08", 28), Recorded.Value(board[2], "2026-10", 33),
        };
        var standing = new StandingCalculator(new ReportingCalendar(5)).Compute(board, history, Today);
        var tiles = standing.Rows.Select(r => new PanelTile(r, IndicatorTrend.Of(r.Indicator, history, Period.Parse("2026-05"), Period.Parse("2026-10")))).ToList();

        var panel = InstrumentPanel.Render(tiles, standing.ReportingPeriod);
        using var bitmap = Recorded.Decode(panel.Png);

        Assert.Equal((panel.Width, panel.Height), (bitmap.Width, bitmap.Height));
        Assert.Equal(ChartPalette.OffTrack, BandColour(bitmap, 1));
        Assert.Equal(ChartPalette.OnTrack, BandColour(bitmap, 2));
        Assert.Equal(ChartPalette.NoStatus, BandColour(bitmap, 0));
        Assert.Equal([455m, 430m, 28m, 33m], panel.Points.Select(p => p.Value));
        Assert.All(panel.Points, p => Assert.Equal(ChartPalette.Series, bitmap.GetPixel((int)p.X, (int)p.Y)));
        Assert.Contains("Cost per qualified opportunity: latest $430 (Oct 2026), target $400, off track; last six months no value, no value, no value, no value, $455, $430.", panel.AltText);
    }

    [Fact]
    public void A_panel_equal_in_everything_it_shows_is_the_picture_already_drawn_and_any_change_draws_afresh()
    {
        var board = DefaultScoreboard.Indicators.Select(i => i.Key == "win-rate-non-price" ? i with { Target = 30m } : i).ToList();
        IReadOnlyList<PanelTile> Tiles(params RecordedValue[] history)
        {
            var standing = new StandingCalculator(new ReportingCalendar(5)).Compute(board, history, Today);
            return PanelTile.For(standing, history);
        }
        var october = Recorded.Value(board[2], "2026-10", 33);
        var period = Period.Parse("2026-10");

        var first = InstrumentPanel.Render(Tiles(Recorded.Value(board[2], "2026-09", 28), october), period);
        var again = InstrumentPanel.Render(Tiles(Recorded.Value(board[2], "2026-09", 28), october), period);
        var corrected = InstrumentPanel.Render(Tiles(Recorded.Value(board[2], "2026-09", 29), october), period);
        var newTarget = InstrumentPanel.Render(PanelTile.For(
            new StandingCalculator(new ReportingCalendar(5)).Compute([.. board.Select(i => i.Key == "win-rate-non-price" ? i with { Target = 31m } : i)],
                [Recorded.Value(board[2], "2026-09", 28), october], Today), [Recorded.Value(board[2], "2026-09", 28), october]), period);

        Assert.Same(first, again);
        Assert.NotSame(first, corrected);
        Assert.Contains("29%", corrected.AltText, StringComparison.Ordinal);
        Assert.NotSame(first, newTarget);
        Assert.Contains("target 31%", newTarget.AltText, StringComparison.Ordinal);
    }

    private static SkiaSharp.SKColor BandColour(SkiaSharp.SKBitmap bitmap, int tile) =>
        bitmap.GetPixel(12 + tile % InstrumentPanel.Columns * (InstrumentPanel.TileWidth + 12) + 4, 44 + tile / InstrumentPanel.Columns * (InstrumentPanel.TileHeight + 12) + 80);
}
