using System.Diagnostics;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Bench;

/// <summary>One size of a workload that grows: the best of several runs, and what it allocated.</summary>
internal sealed record GrowthResult(string Work, int Size, double Milliseconds, double AllocatedMiB);

/// <summary>
/// How cost grows with size, measured with a stopwatch (best of N, after a warm-up) and the
/// allocation counter, in this process.
/// </summary>
internal static class GrowthBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static IEnumerable<GrowthResult> Standing(IEnumerable<int> indicatorCounts, int months = 36)
    {
        var calculator = new StandingCalculator(new ReportingCalendar(5));
        foreach (var count in indicatorCounts)
        {
            var (indicators, values) = Board(count, months);
            yield return Measure($"standing ({months} months each)", count, () => calculator.Compute(indicators, values, Today));
        }
    }

    /// <summary>A synthetic board: count indicators, each with a value for every one of the last months.</summary>
    public static (IReadOnlyList<Indicator> Indicators, IReadOnlyList<RecordedValue> Values) Board(int count, int months)
    {
        var owner = UserRef.Local("owner");
        var indicators = Enumerable.Range(0, count)
            .Select(i => new Indicator($"indicator-{i}", $"Indicator {i}", (Unit)(i % 4), i % 2 == 0 ? BetterWhen.Higher : BetterWhen.Lower,
                "lagging", Target: i % 3 == 0 ? 50 : null, Owner: owner, Position: i))
            .ToList();
        var period = Period.Of(Today).Previous;
        var values = new List<RecordedValue>(count * months);
        foreach (var indicator in indicators)
        {
            var p = period;
            for (var m = 0; m < months; m++, p = p.Previous)
            {
                values.Add(new RecordedValue(indicator.Key, p, 1, ValueKind.Value, 10 + m % 7, owner, DateTimeOffset.UnixEpoch, "bench"));
            }
        }
        return (indicators, values);
    }

    public static GrowthResult Measure(string work, int size, Action action, int runs = 7)
    {
        action();
        var best = double.MaxValue;
        var allocated = 0L;
        for (var run = 0; run < runs; run++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            action();
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        return new GrowthResult(work, size, best, allocated / 1024.0 / 1024.0);
    }
}
