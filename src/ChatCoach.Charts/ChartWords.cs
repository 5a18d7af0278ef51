using System.Text;
using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Charts;

/// <summary>
/// Alt text that says a chart's numbers in words, for screen readers and for anyone whose client
/// does not show the image. Slack caps alt text at 1,000 characters, so it is kept within that.
/// </summary>
public static class ChartWords
{
    public const int MaxLength = 1000;

    public static string Trend(IndicatorTrend trend)
    {
        var indicator = trend.Indicator;
        var text = new StringBuilder($"Line chart of {indicator.Name}, {trend.From.ShortDisplay} to {trend.To.ShortDisplay}, {Direction(indicator)}.");
        text.Append(indicator.Target is { } target ? $" Target {ValueFormatter.Format(target, indicator.Unit)}." : " No target set.");
        text.Append(" Recorded values: ");
        text.Append(string.Join("; ", trend.Points.Select(p => $"{p.Period.ShortDisplay} {Value(p, indicator.Unit)}")));
        text.Append('.');
        return Capped(text.ToString());
    }

    public static string Panel(IReadOnlyList<PanelTile> tiles, Period reportingPeriod)
    {
        var text = new StringBuilder($"Instrument panel for {reportingPeriod.Display}, {tiles.Count} indicators. ");
        text.AppendJoin(" ", tiles.Select(Tile));
        return Capped(text.ToString());
    }

    public static string Direction(Indicator indicator) => indicator.BetterWhen == BetterWhen.Higher ? "higher is better" : "lower is better";

    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => "on track",
        TargetStatus.OffTrack => "off track",
        TargetStatus.NoValue => "no value yet",
        _ => "no target",
    };

    private static string Tile(PanelTile tile)
    {
        var unit = tile.Trend.Indicator.Unit;
        var latest = tile.Row.Latest is { HasNumber: true } value
            ? $"latest {ValueFormatter.Format(value.Value!.Value, unit)} ({value.Period.ShortDisplay})"
            : "no value recorded";
        var target = tile.Trend.Indicator.Target is { } t ? $", target {ValueFormatter.Format(t, unit)}" : "";
        var months = string.Join(", ", tile.Trend.Points.Select(p => Value(p, unit)));
        var due = tile.Due is { } note ? $"; {note}" : "";
        return $"{tile.Trend.Indicator.Name}: {latest}{target}, {Status(tile.Row.Status)}{due}; last six months {months}.";
    }

    private static string Value(TrendPoint point, Unit unit) => point.Value is { } v ? ValueFormatter.Format(v, unit) : "no value";

    private static string Capped(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
