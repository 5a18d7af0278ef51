using ChatCoach.Charts;
using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;

namespace ChatCoach.Scoreboard.Charts;

/// <summary>A trend chart of one indicator: the recorded months it plots and the picture drawn from them.</summary>
public sealed record ChartResult(IndicatorTrend Trend, ChartPicture Chart) : PluginResult;

/// <summary>The instrument panel: the standing it shows and the picture drawn from it.</summary>
public sealed record PanelResult(Standing Standing, IReadOnlyList<PanelTile> Tiles, ChartPicture Chart) : PluginResult
{
    public static PanelResult Of(Standing standing, IReadOnlyList<RecordedValue> latestValues)
    {
        var tiles = PanelTile.For(standing, latestValues);
        return new PanelResult(standing, tiles, InstrumentPanel.Render(tiles, standing.ReportingPeriod));
    }
}
