using ChatCoach.Domain.Charts;
using SkiaSharp;

namespace ChatCoach.Charts;

/// <summary>
/// Draws a trend into a rectangle: the target as a line, the recorded values as markers joined
/// only between consecutive months that both have a value, so a missing month stays a gap.
/// Shared by the full chart and the instrument panel's small ones.
/// </summary>
internal sealed class SeriesPlot(IndicatorTrend trend, SKRect area, float markerRadius, float lineWidth)
{
    public ValueAxis Axis { get; } = ValueAxis.Spanning(
        trend.Recorded.Select(p => p.Value!.Value).Concat(trend.Indicator.Target is { } t ? [t] : []), area.Top, area.Bottom);

    /// <summary>The centre x of month <paramref name="index"/>: each month owns an equal column.</summary>
    public float XOf(int index) => area.Left + (index + 0.5f) * area.Width / trend.Points.Count;

    public IReadOnlyList<float> GapColumns => [.. trend.Points.Select((p, i) => (p, i)).Where(x => x.p.Value is null).Select(x => XOf(x.i))];

    public float? DrawTarget(ChartCanvas canvas)
    {
        if (trend.Indicator.Target is not { } target)
        {
            return null;
        }
        var y = MathF.Round(Axis.YOf(target));
        canvas.HorizontalLine(area.Left, area.Right, y, ChartPalette.Target, 2);
        return y;
    }

    public IReadOnlyList<PlottedPoint> DrawSeries(ChartCanvas canvas)
    {
        var plotted = trend.Points
            .Select((p, i) => p.Value is { } v ? new PlottedPoint(p.Period, v, XOf(i), Axis.YOf(v)) : null)
            .ToList();
        using var line = new SKPaint { Color = ChartPalette.Series, StrokeWidth = lineWidth, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        for (var i = 1; i < plotted.Count; i++)
        {
            if (plotted[i - 1] is { } from && plotted[i] is { } to)
            {
                canvas.Canvas.DrawLine(from.X, from.Y, to.X, to.Y, line);
            }
        }
        using var marker = new SKPaint { Color = ChartPalette.Series, IsAntialias = true, Style = SKPaintStyle.Fill };
        var points = plotted.OfType<PlottedPoint>().ToList();
        foreach (var point in points)
        {
            canvas.Canvas.DrawCircle(point.X, point.Y, markerRadius, marker);
        }
        return points;
    }
}
