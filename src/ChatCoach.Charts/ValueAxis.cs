namespace ChatCoach.Charts;

/// <summary>
/// The vertical axis of a chart: a value range widened to round tick values and mapped onto the
/// pixel rows between <see cref="Top"/> and <see cref="Bottom"/>.
/// </summary>
public sealed record ValueAxis(decimal Min, decimal Max, decimal Step, float Top, float Bottom)
{
    /// <summary>An axis that holds every value given (values and the target), with about five ticks.</summary>
    public static ValueAxis Spanning(IEnumerable<decimal> values, float top, float bottom)
    {
        var all = values.ToList();
        var (low, high) = all.Count == 0 ? (0m, 1m) : (all.Min(), all.Max());
        if (high == low)
        {
            var pad = low == 0 ? 1 : Math.Abs(low) * 0.1m;
            (low, high) = (low - pad, high + pad);
        }
        var step = NiceStep((high - low) / 4);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        // No unit here has negative values worth showing: an axis of non-negative values starts at zero at the lowest.
        if (min < 0 && low >= 0)
        {
            min = 0;
        }
        return new ValueAxis(min, max, step, top, bottom);
    }

    public float YOf(decimal value) => Bottom - (float)((value - Min) / (Max - Min)) * (Bottom - Top);

    /// <summary>The value a pixel row stands for: the inverse of <see cref="YOf"/>.</summary>
    public decimal ValueAt(float y) => Min + (decimal)((Bottom - y) / (Bottom - Top)) * (Max - Min);

    public IEnumerable<decimal> Ticks()
    {
        for (var tick = Min; tick <= Max; tick += Step)
        {
            yield return tick;
        }
    }

    private static decimal NiceStep(decimal rough)
    {
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5m ? 2.5m : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
