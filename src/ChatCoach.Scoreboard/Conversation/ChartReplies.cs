using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Charts;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>Replies that carry a picture: a sentence saying what it shows, then the image with its alt text.</summary>
public static class ChartReplies
{
    public static Reply Trend(ChartResult result)
    {
        var trend = result.Trend;
        var indicator = trend.Indicator;
        if (!trend.HasValues)
        {
            return Reply.Text($"No values are recorded for {indicator.Name} from {trend.From.Display} to {trend.To.Display}, so there is nothing to chart.");
        }
        var latest = trend.Latest!;
        var recorded = trend.Recorded.Count();
        var summary = $"{indicator.Name}, {trend.From.ShortDisplay} to {trend.To.ShortDisplay}: {recorded} of {trend.Points.Count} months recorded, " +
            $"latest {ValueFormatter.Format(latest.Value!.Value, indicator.Unit)} ({latest.Period.ShortDisplay})" +
            (indicator.Target is { } target ? $", target {ValueFormatter.Format(target, indicator.Unit)}." : ".");
        return Reply.Of(
            new Paragraph([new TextRun(summary)]),
            result.Chart.ToPicture($"{indicator.Key}-{trend.From}-to-{trend.To}.png", $"{indicator.Name}, {trend.From.ShortDisplay}–{trend.To.ShortDisplay}", Sparkline.Of(trend)));
    }

    public static Reply Panel(PanelResult result) => Reply.Of(
        new Paragraph([new TextRun($"Instrument panel for {result.Standing.ReportingPeriod.Display}: {result.Standing.ReportedCount} of {result.Standing.Rows.Count} indicators reported.")]),
        PanelPicture(result));

    /// <summary>The panel's picture alone, for replies that already say where the team stands.</summary>
    public static Picture PanelPicture(PanelResult result) => result.Chart.ToPicture(
        $"instrument-panel-{result.Standing.ReportingPeriod}.png",
        $"Instrument panel — {result.Standing.ReportingPeriod.Display}",
        string.Join("  ", result.Tiles.Select(t => $"{Short(t.Trend.Indicator)} {Sparkline.Of(t.Trend)}")));

    private static string Short(Indicator indicator) => indicator.Aliases.Count > 0 ? indicator.Aliases[0] : indicator.Key;
}
