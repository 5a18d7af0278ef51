namespace ChatCoach.Bench;

/// <summary>Percentiles of a set of durations, in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P99, double P999, double Max)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var sorted = milliseconds.Order().ToArray();
        return new LatencyStats(sorted.Length, At(sorted, 0.50), At(sorted, 0.99), At(sorted, 0.999), sorted[^1]);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double At(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
