using ChatCoach.Domain.Scoreboard;
using SkiaSharp;

namespace ChatCoach.Charts;

/// <summary>
/// The instrument panel: one small tile per indicator with its latest recorded value, its last six
/// months as a small chart (gaps kept) and a status band coloured by where it stands against target.
/// </summary>
public static class InstrumentPanel
{
    public const int Columns = 3;
    public const int MaxTiles = 12;
    public const int TileWidth = 300;
    public const int TileHeight = 170;
    private const int Gap = 12;
    private const int Heading = 44;

    private static readonly PanelPictureMemo Drawn = new(Draw);

    /// <summary>The panel of the first <see cref="MaxTiles"/> tiles; a panel equal in everything it shows to one already drawn is that picture.</summary>
    public static ChartPicture Render(IReadOnlyList<PanelTile> all, Period reportingPeriod) =>
        Drawn.Draw([.. all.Take(MaxTiles)], reportingPeriod);

    private static ChartPicture Draw(IReadOnlyList<PanelTile> tiles, Period reportingPeriod)
    {
        var rows = Math.Max(1, (tiles.Count + Columns - 1) / Columns);
        var width = Gap + Columns * (TileWidth + Gap);
        var height = Heading + rows * (TileHeight + Gap);
        using var canvas = new ChartCanvas(width, height);
        canvas.Text($"Instrument panel — {reportingPeriod.Display}", Gap, 30, 18, ChartPalette.Text);
        var points = new List<PlottedPoint>();
        for (var i = 0; i < tiles.Count; i++)
        {
            var left = Gap + i % Columns * (TileWidth + Gap);
            var top = Heading + i / Columns * (TileHeight + Gap);
            points.AddRange(DrawTile(canvas, tiles[i], new SKRect(left, top, left + TileWidth, top + TileHeight)));
        }
        return new ChartPicture(canvas.ToPng(), width, height, ChartWords.Panel(tiles, reportingPeriod), null, points, [], null);
    }

    public static SKColor StatusColour(TargetStatus status) => status switch
    {
        TargetStatus.OnTrack => ChartPalette.OnTrack,
        TargetStatus.OffTrack => ChartPalette.OffTrack,
        _ => ChartPalette.NoStatus,
    };

    private static IReadOnlyList<PlottedPoint> DrawTile(ChartCanvas canvas, PanelTile tile, SKRect box)
    {
        using var border = new SKPaint { Color = ChartPalette.Grid, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        canvas.Canvas.DrawRect(box, border);
        using var band = new SKPaint { Color = StatusColour(tile.Row.Status), Style = SKPaintStyle.Fill };
        canvas.Canvas.DrawRect(new SKRect(box.Left, box.Top, box.Left + 8, box.Bottom), band);
        var indicator = tile.Trend.Indicator;
        var textLeft = box.Left + 18;
        canvas.Text(ChartCanvas.Fit(indicator.Name, 12, box.Width - 26), textLeft, box.Top + 20, 12, ChartPalette.Text);
        var latest = tile.Row.Latest is { HasNumber: true } value ? ValueFormatter.Format(value.Value!.Value, indicator.Unit) : "—";
        canvas.Text(latest, textLeft, box.Top + 50, 22, ChartPalette.Text);
        if (tile.Due is { } due)
        {
            canvas.Text(ChartCanvas.Fit(due, 10, box.Width / 2), box.Right - 8, box.Top + 34, 10, ChartPalette.Muted, SKTextAlign.Right);
        }
        var status = ChartWords.Status(tile.Row.Status);
        var target = indicator.Target is { } t ? $"target {ValueFormatter.Format(t, indicator.Unit)} · {status}" : status;
        canvas.Text(target, box.Right - 8, box.Top + 50, 11, StatusColour(tile.Row.Status), SKTextAlign.Right);
        var plot = new SeriesPlot(tile.Trend, new SKRect(textLeft, box.Top + 66, box.Right - 12, box.Bottom - 14), markerRadius: 3.5f, lineWidth: 2);
        if (!tile.Trend.HasValues)
        {
            canvas.Text("no values in the last six months", box.MidX + 4, box.Top + 120, 11, ChartPalette.Muted, SKTextAlign.Center);
            return [];
        }
        plot.DrawTarget(canvas);
        return plot.DrawSeries(canvas);
    }
}
