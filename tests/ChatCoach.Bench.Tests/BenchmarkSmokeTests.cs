using System.Text.Json;

namespace ChatCoach.Bench.Tests;

/// <summary>
/// The benchmark on a tiny load: it runs end to end (host, fake Slack, fake Bot Framework, Bolt peer) and writes a
/// well-formed report. No timing is asserted here — speed is the benchmark's business, not the suite's.
/// </summary>
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public async Task A_quick_run_produces_a_well_formed_report_with_every_event_answered()
    {
        var settings = BenchSettings.Parse(["--quick", "--no-postgres"]);

        var report = await BenchRun.RunAsync(settings, "test");
        using var json = JsonDocument.Parse(report.ToJson());
        var markdown = report.ToMarkdown();

        Assert.Equal(["ChatCoach", "Bolt for JavaScript"], report.Subjects.Select(s => s.Subject));
        Assert.Equal([5, 2], report.Subjects.Select(s => s.Phases.Count));
        Assert.Single(report.Subjects[0].Phases, p => p.Phase.StartsWith(BenchRun.AtBoltsRate, StringComparison.Ordinal));
        Assert.Equal(2, report.Subjects[0].Phases.Count(p => p.Phase.StartsWith("Teams: ", StringComparison.Ordinal)));
        Assert.All(report.Subjects.SelectMany(s => s.Phases), p =>
        {
            Assert.True(p.Acked > 0);
            Assert.Equal(0, p.Errors);
            Assert.Equal(p.Acked, p.Answered);
            Assert.Equal(0, p.DuplicateAnswers);
        });
        Assert.True(report.Subjects.All(s => s.PeakRssMiB > 0 && s.CpuSeconds > 0));
        Assert.Contains(report.Growth, g => g.Work.StartsWith("standing", StringComparison.Ordinal));
        Assert.Contains(report.Growth, g => g.Work.StartsWith("nudge planning", StringComparison.Ordinal) && g.Size == 1000);
        Assert.Contains(report.Growth, g => g.Work.StartsWith("trend chart render", StringComparison.Ordinal) && g.Size == 12);
        Assert.NotEmpty(report.Targets);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("subjects").ValueKind);
        Assert.Contains("| target | goal | measured | met | note |", markdown, StringComparison.Ordinal);
        Assert.Contains("| subject | storage | phase | answered/s | acked/s | answered | reply p50 ms | reply p99 ms | reply max ms | backlog at end | drain s | dup. answers |", markdown, StringComparison.Ordinal);
        Assert.All(report.Subjects.SelectMany(s => s.Phases), p => Assert.InRange(p.BacklogAtEnd, 0, p.Acked));
        Assert.Contains(report.Targets, t => t.Target == "answers/s at saturation vs Bolt (SQLite)");
        Assert.Contains(report.Targets, t => t.Target.StartsWith("reply p99 at", StringComparison.Ordinal));
        Assert.Contains(report.Targets, t => t.Target == "backlog drained at Bolt's saturation rate (SQLite)");
        Assert.Contains(report.Targets, t => t.Target == "backlog drained after its own saturation (SQLite)");
    }

    [Fact]
    public void The_chart_phase_renders_a_trend_chart_and_the_panel_and_reports_each()
    {
        var rows = ChartBenchmarks.Rendering([12]).ToList();

        Assert.Equal(["trend chart render (months)", "instrument panel render (indicators)"], rows.Select(r => r.Work));
        Assert.Equal([12, 6], rows.Select(r => r.Size));
        Assert.All(rows, r => Assert.True(r.Milliseconds > 0 && r.AllocatedMiB >= 0));
    }
}
