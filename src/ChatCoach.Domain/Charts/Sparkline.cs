using System.Text;

namespace ChatCoach.Domain.Charts;

/// <summary>
/// A trend in one line of text — "▂▄ ▆█" — for places that cannot show a picture: one block per
/// month, scaled between the lowest and highest recorded value, a space where a month has no value.
/// </summary>
public static class Sparkline
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    public static string Of(IndicatorTrend trend)
    {
        var values = trend.Recorded.Select(p => p.Value!.Value).ToList();
        if (values.Count == 0)
        {
            return new string(' ', trend.Points.Count);
        }
        var (low, high) = (values.Min(), values.Max());
        var line = new StringBuilder(trend.Points.Count);
        foreach (var point in trend.Points)
        {
            line.Append(point.Value is { } v ? Blocks[Level(v, low, high)] : ' ');
        }
        return line.ToString();
    }

    private static int Level(decimal value, decimal low, decimal high) =>
        high == low ? Blocks.Length / 2 : (int)Math.Round((value - low) / (high - low) * (Blocks.Length - 1), MidpointRounding.AwayFromZero);
}
