using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using SkiaSharp;

namespace ChatCoach.Charts.Tests;

/// <summary>Recorded values for chart tests, on fixed dates, and a decoded PNG to probe.</summary>
internal static class Recorded
{
    public static Indicator CostPerOpp { get; } = DefaultScoreboard.Indicators[1] with { Target = 400m };

    public static Indicator WinRate { get; } = DefaultScoreboard.Indicators[2];

    public static RecordedValue Value(Indicator indicator, string period, decimal value, int revision = 1) =>
        new(indicator.Key, Period.Parse(period), revision, ValueKind.Value, value, new UserRef("local:dana"),
            new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero).AddHours(revision), "console");

    public static RecordedValue NotAvailable(Indicator indicator, string period, int revision) =>
        Value(indicator, period, 0, revision) with { Kind = ValueKind.NotAvailable, Value = null };

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not a PNG Skia can read.");

    /// <summary>The rows in column <paramref name="x"/> whose pixel is exactly <paramref name="colour"/>.</summary>
    public static List<int> RowsOf(SKBitmap bitmap, float x, SKColor colour, int top = 0, int bottom = int.MaxValue)
    {
        var column = (int)MathF.Floor(x);
        var rows = new List<int>();
        for (var y = Math.Max(0, top); y < Math.Min(bitmap.Height, bottom); y++)
        {
            if (bitmap.GetPixel(column, y) == colour)
            {
                rows.Add(y);
            }
        }
        return rows;
    }
}
