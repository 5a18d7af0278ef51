using System.Diagnostics;
using ChatCoach.Nudges.Model;
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

    /// <summary>
    /// Planning one nudge occasion for each count of owners spread over
    /// <paramref name="workspaces"/> workspaces: each owner has two indicators, one reported and one
    /// missing, a third of them in another zone, some already asked before.
    /// </summary>
    public static IEnumerable<GrowthResult> NudgePlanning(IEnumerable<int> ownerCounts, int workspaces = 100) =>
        ownerCounts.Select(owners => PlanOccasion($"nudge planning ({workspaces} workspaces)", owners, owners, workspaces));

    /// <summary>The same nudge occasion for <paramref name="owners"/> owners, spread over more and more workspaces.</summary>
    public static IEnumerable<GrowthResult> NudgePlanningAcrossWorkspaces(int owners, IEnumerable<int> workspaceCounts) =>
        workspaceCounts.Select(workspaces => PlanOccasion($"nudge planning ({owners} owners) by workspaces", workspaces, owners, workspaces));

    private static GrowthResult PlanOccasion(string work, int size, int owners, int workspaces)
    {
        var rules = new NudgeRules(new NudgeSettings(ReminderSchedule.Parse("0 9 * * MON"), TimeZoneInfo.Utc, 2), new ReportingCalendar(5));
        var now = new DateTimeOffset(2026, 11, 23, 9, 0, 30, TimeSpan.Zero);
        var facts = Enumerable.Range(0, workspaces).Select(w => NudgeFactsFor(w, owners / workspaces, now)).ToList();
        return Measure(work, size, () =>
        {
            foreach (var workspace in facts)
            {
                rules.Plan(workspace, now);
            }
        }, runs: 5);
    }

    private static NudgeFacts NudgeFactsFor(int workspace, int owners, DateTimeOffset now)
    {
        var id = new WorkspaceId($"slack:T{workspace:D4}");
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var people = Enumerable.Range(0, owners).Select(o => new UserRef($"slack:U{workspace:D4}{o:D5}")).ToList();
        var indicators = people.SelectMany((p, o) => new[]
        {
            new Indicator($"reported-{o}", $"Reported {o}", Unit.Count, BetterWhen.Higher, "lagging", Owner: p, Position: 2 * o),
            new Indicator($"missing-{o}", $"Missing {o}", Unit.Percent, BetterWhen.Higher, "lagging", Owner: p, Position: (2 * o) + 1),
        }).ToList();
        var october = new Period(2026, 10);
        var values = people.Select((p, o) => new RecordedValue($"reported-{o}", october, 1, ValueKind.Value, 12, p, now.AddDays(-10), "slack")).ToList();
        var asked = people.Where((_, o) => o % 4 == 0)
            .Select(p => new DeliveryRecord(new DeliveryKey(id, DeliveryKind.Nudge, p.Id, october.ToString(), "2026-11-16T09:00:00.0000000Z"),
                DeliveryStatus.Sent, 1, ["missing"], null, now.AddDays(-7), now.AddDays(-7)))
            .ToList();
        var zones = people.Where((_, o) => o % 3 == 0).ToDictionary(p => p.Id, _ => berlin);
        return new NudgeFacts(id, indicators, values, asked, [], [], null, zones, [new UserRef($"slack:UADMIN{workspace}")]);
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
