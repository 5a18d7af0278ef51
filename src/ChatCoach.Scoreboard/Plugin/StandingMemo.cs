using System.Runtime.CompilerServices;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Plugin;

/// <summary>
/// The last standing computed from one copy of a workspace's latest values. The store hands out
/// the same read-only copy of the values, and of the indicators, until the workspace's version
/// moves, so while the copies, their rows and the date are the same the standing is too: a burst of
/// "where do we stand" computes it once. Keyed weakly by the values copy, so a superseded copy and
/// its standing are collected together.
/// </summary>
internal sealed class StandingMemo(StandingCalculator calculator)
{
    private readonly ConditionalWeakTable<IReadOnlyList<RecordedValue>, Entry> _byValues = new();

    private sealed record Entry(IReadOnlyList<Indicator> Indicators, DateOnly Today, Standing Standing);

    public Standing Compute(IReadOnlyList<Indicator> indicators, IReadOnlyList<RecordedValue> values, DateOnly today)
    {
        if (_byValues.TryGetValue(values, out var entry) && entry.Today == today && SameRows(entry.Indicators, indicators))
        {
            return entry.Standing;
        }
        var standing = calculator.Compute(indicators, values, today);
        _byValues.AddOrUpdate(values, new Entry(indicators, today, standing));
        return standing;
    }

    /// <summary>The same indicator objects in the same order: the list is filtered afresh each turn, its rows are not.</summary>
    private static bool SameRows(IReadOnlyList<Indicator> a, IReadOnlyList<Indicator> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }
}
