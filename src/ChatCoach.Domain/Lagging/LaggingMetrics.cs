using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Lagging;

/// <summary>A lagging metric as the board names it, and the active indicators that protect it.</summary>
public sealed record LaggingMetric(string Key, string Name, IReadOnlyList<Indicator> ProtectedBy);

/// <summary>
/// The lagging metrics a board names: each indicator's lagging text split at semicolons, the same
/// name (in any case) being one metric. The key is the name's slug, so "Pipeline" and "pipeline" meet.
/// </summary>
public static class LaggingMetrics
{
    public static IReadOnlyList<LaggingMetric> Of(IReadOnlyList<Indicator> indicators) => indicators
        .Where(i => !i.Retired)
        .OrderBy(i => i.Position)
        .SelectMany(i => i.LaggingMetrics.Select(name => (Name: name, Indicator: i)))
        .GroupBy(x => IndicatorKeys.Slug(x.Name), StringComparer.Ordinal)
        .Select(g => new LaggingMetric(g.Key, g.First().Name, g.Select(x => x.Indicator).DistinctBy(i => i.Key).ToList()))
        .ToList();

    /// <summary>The metric a person names: its exact name or slug first, then the loose matcher.</summary>
    public static LaggingMetric? Find(string said, IReadOnlyList<LaggingMetric> metrics)
    {
        var slug = IndicatorKeys.Slug(said);
        if (metrics.FirstOrDefault(m => m.Key == slug) is { } exact)
        {
            return exact;
        }
        // The matcher works on indicators; a metric is dressed as one row so "roi" finds "program ROI".
        var rows = metrics.Select(m => new Indicator(m.Key, m.Name, Unit.Number, BetterWhen.Higher, "")).ToList();
        var match = IndicatorMatcher.Match(said, rows).Indicator;
        return match is null ? null : metrics.First(m => m.Key == match.Key);
    }
}
