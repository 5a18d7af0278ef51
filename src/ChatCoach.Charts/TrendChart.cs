using System.Globalization;
using ChatCoach.Domain.Charts;
using ChatCoach.Domain.Scoreboard;
using SkiaSharp;

namespace ChatCoach.Charts;

/// <summary>
/// A line chart of one indicator's recorded monthly values against its target, with the better
/// direction named and the axis in the indicator's unit. Only recorded values are drawn.
/// </summary>
public static class TrendChart
{
    public const int Width = 800;
    public const int Height = 420;
    private static readonly SKRect Plot = new(84, 70, Width - 36, Height - 56);

    public static ChartPicture Render(IndicatorTrend trend)
    {
        using var canvas = new ChartCanvas(Width, Height);
        var plot = new SeriesPlot(trend, Plot, markerRadius: 5, lineWidth: 3);
        DrawHeading(canvas, trend);
        DrawValueAxis(canvas, plot.Axis, trend.Indicator.Unit);
        DrawMonths(canvas, trend, plot);
        var targetY = plot.DrawTarget(canvas);
        if (targetY is { } y)
        {
            // Labelled at the left, where the newest values (and their label) are not.
            canvas.Text($"target {ValueFormatter.Format(trend.Indicator.Target!.Value, trend.Indicator.Unit)}", Plot.Left + 4, y - 6, 12, ChartPalette.Target);
        }
        var points = plot.DrawSeries(canvas);
        if (points.Count > 0 && points[^1] is var latest)
        {
            canvas.Text(ValueFormatter.Format(latest.Value, trend.Indicator.Unit), latest.X, latest.Y - 12, 13, ChartPalette.Series, SKTextAlign.Center);
        }
        if (points.Count == 0)
        {
            canvas.Text("No values recorded in these months", Plot.MidX, Plot.MidY, 16, ChartPalette.Muted, SKTextAlign.Center);
        }
        return new ChartPicture(canvas.ToPng(), Width, Height, ChartWords.Trend(trend), plot.Axis, points, plot.GapColumns, targetY);
    }

    private static void DrawHeading(ChartCanvas canvas, IndicatorTrend trend)
    {
        canvas.Text(ChartCanvas.Fit(trend.Indicator.Name, 20, Width - 2 * Plot.Left), Plot.Left, 30, 20, ChartPalette.Text);
        var arrow = trend.Indicator.BetterWhen == BetterWhen.Higher ? "▲" : "▼";
        canvas.Text($"{trend.From.ShortDisplay} – {trend.To.ShortDisplay}   {arrow} {ChartWords.Direction(trend.Indicator)}", Plot.Left, 52, 13, ChartPalette.Muted);
    }

    private static void DrawValueAxis(ChartCanvas canvas, ValueAxis axis, Unit unit)
    {
        foreach (var tick in axis.Ticks())
        {
            var y = axis.YOf(tick);
            canvas.HorizontalLine(Plot.Left, Plot.Right, y, ChartPalette.Grid, 1);
            canvas.Text(ValueFormatter.Format(tick, unit), Plot.Left - 10, y + 4, 12, ChartPalette.Muted, SKTextAlign.Right);
        }
    }

    /// <summary>Month names under their columns (every second or third one on long charts), the year under January and the first month.</summary>
    private static void DrawMonths(ChartCanvas canvas, IndicatorTrend trend, SeriesPlot plot)
    {
        var every = (trend.Points.Count + 11) / 12;
        for (var i = 0; i < trend.Points.Count; i += every)
        {
            var month = trend.Points[i].Period;
            var x = plot.XOf(i);
            canvas.Text(month.FirstDay.ToString("MMM", CultureInfo.InvariantCulture), x, Plot.Bottom + 20, 12, ChartPalette.Muted, SKTextAlign.Center);
            if (i == 0 || month.Month <= every)
            {
                canvas.Text(month.Year.ToString(CultureInfo.InvariantCulture), x, Plot.Bottom + 36, 11, ChartPalette.Muted, SKTextAlign.Center);
            }
        }
    }
}
