using System.Text.Json;
using Xunit.Abstractions;

namespace ChatCoach.Bench.Tests;

/// <summary>
/// The benchmark on a tiny load: it runs end to end (host, fake Slack, fake Bot Framework, Bolt peer) and writes a
/// well-formed report. No timing is asserted here — speed is the benchmark's business, not the suite's.
/// </summary>
public sealed class BenchmarkSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_quick_run_produces_a_well_formed_report_with_every_event_answered()
    {
        var settings = BenchSettings.Parse(["--quick", "--no-postgres"]);

        var report = await BenchRun.RunAsync(settings, "test");
        using var json = JsonDocument.Parse(report.ToJson());
        var markdown = report.ToMarkdown();

        // The Teams peer needs npm and the registry; without them the run goes on without it, and says so here.
        var teamsPeer = NodePeer.Teams.Installed;
        if (!teamsPeer)
        {
            output.WriteLine("The Teams peer (bench/teams-peer, botbuilder) could not be installed with npm: its rows and ratio are not checked in this run.");
        }
        string[] expected = teamsPeer ? ["Bolt for JavaScript", "Bot Framework SDK (botbuilder)", "ChatCoach"] : ["Bolt for JavaScript", "ChatCoach"];
        Assert.Equal(expected, report.Subjects.Select(s => s.Subject));
        var chatCoach = report.Subjects.Single(s => s.Subject == "ChatCoach");
        Assert.Equal(["50 ev/s", "saturation (4 conn.)", "one message: saturation (4 conn.)"], report.Subjects[0].Phases.Select(p => p.Phase));
        Assert.Equal(6, chatCoach.Phases.Count);
        Assert.Single(chatCoach.Phases, p => p.Phase.StartsWith(BenchRun.AtBoltsRate, StringComparison.Ordinal));
        Assert.Equal(2, chatCoach.Phases.Count(p => p.Phase.StartsWith(BenchRun.Teams, StringComparison.Ordinal)));
        Assert.All(report.Subjects.SelectMany(s => s.Phases), p =>
        {
            Assert.True(p.Acked > 0);
            Assert.Equal(0, p.Errors);
            Assert.Equal(p.Acked, p.Answered);
            Assert.Equal(0, p.DuplicateAnswers);
        });
        Assert.True(report.Subjects.All(s => s.PeakRssMiB > 0 && s.CpuSeconds > 0));
        // Every measured phase says where the machine's CPU went, and the report turns it into a per-event table.
        Assert.All(report.Subjects.SelectMany(s => s.Phases), p => Assert.True(p.Cpu is { WallSeconds: > 0, SubjectSeconds: >= 0, LoadSeconds: > 0, Cores: > 0 }, p.Phase));
        Assert.Contains("| subject | storage | phase | answered | subject CPU ms/event | load and fakes CPU ms/event | other CPU ms/event | machine busy | ceiling answered/s |", markdown, StringComparison.Ordinal);
        Assert.All(report.Subjects, s => Assert.Equal(0, s.WrongTokens));
        // The mix: the repository's file, many distinct messages, a few percent writes, several workspaces.
        Assert.Contains("ChatCoach's host: the build output", markdown, StringComparison.Ordinal);
        Assert.Equal("monday-meeting", report.Workload.Mix);
        Assert.Equal("bench/mixes/monday-meeting.json", report.Workload.Path);
        Assert.True(report.Workload.Messages >= 20);
        Assert.InRange(report.Workload.WriteShare, 0.02, 0.08);
        Assert.Equal(2, report.Workload.Workspaces);
        Assert.Contains("Workload: the mix **monday-meeting**", markdown, StringComparison.Ordinal);
        Assert.NotNull(chatCoach.StartUp);
        Assert.True(chatCoach.StartUp!.FirstAnswerMs > 0 && chatCoach.StartUp.OtherWorkspaces == 1);
        Assert.Contains(report.Growth, g => g.Work.StartsWith("standing", StringComparison.Ordinal));
        Assert.Contains(report.Growth, g => g.Work.StartsWith("nudge planning", StringComparison.Ordinal) && g.Size == 1000);
        Assert.Contains(report.Growth, g => g.Work.Contains("by workspaces", StringComparison.Ordinal) && g.Size == 100);
        Assert.Contains(report.Growth, g => g.Work.StartsWith("coach turn: the mix", StringComparison.Ordinal));
        Assert.Contains(report.Growth, g => g.Work.StartsWith("trend chart render", StringComparison.Ordinal) && g.Size == 12);
        Assert.Contains(report.Targets, t => t.Target.StartsWith(ReadingBenchmarks.P99Work, StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("subjects").ValueKind);
        Assert.Contains("| target | goal | measured | met | note |", markdown, StringComparison.Ordinal);
        Assert.Contains("| subject | storage | phase | answered/s | acked/s | answered | reply p50 ms | reply p99 ms | reply max ms | backlog at end | drain s | dup. answers |", markdown, StringComparison.Ordinal);
        Assert.All(report.Subjects.SelectMany(s => s.Phases), p => Assert.InRange(p.BacklogAtEnd, 0, p.Acked));
        Assert.Contains(report.Targets, t => t.Target == "answers/s at saturation on the mix vs Bolt (SQLite)");
        Assert.Equal(teamsPeer, report.Targets.Any(t => t.Target == "Teams answers/s at saturation on the mix vs botbuilder (SQLite)"));
        Assert.Contains(report.Targets, t => t.Target.StartsWith("reply p99 at", StringComparison.Ordinal));
        Assert.Contains(report.Targets, t => t.Target == "backlog drained at Bolt's saturation rate (SQLite)");
        Assert.Contains(report.Targets, t => t.Target == "backlog drained after its own saturation (SQLite)");
    }

    [Fact]
    public void Every_message_of_a_mix_comes_in_its_proportion_and_each_write_changes_the_value()
    {
        var mix = Mix.Load(Mix.DefaultPath);
        var counts = new int[mix.Messages.Count];
        for (var seq = 1; seq <= 100_000; seq++)
        {
            mix.Pick(seq, out var index);
            counts[index]++;
        }
        var total = mix.Messages.Sum(m => m.Weight);
        Assert.All(mix.Messages.Select((m, i) => (m, i)), x => Assert.InRange(counts[x.i] / 1000.0, x.m.Weight * 100.0 / total - 0.5, x.m.Weight * 100.0 / total + 0.5));
        var write = mix.Messages.Select((m, i) => (m, i)).First(x => x.m.IsWrite);
        var words = Enumerable.Range(0, 5).Select(_ => mix.Words(write.m, write.i, "TBENCH00", _ => "")).ToList();
        Assert.All(words.Zip(words.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.DoesNotContain(words, w => w.Contains('{', StringComparison.Ordinal));
    }

    [Fact]
    public void The_reading_phase_times_each_corpus_message_and_reports_its_median_its_p99_and_the_p99_of_the_best_of_three()
    {
        var rows = ReadingBenchmarks.Measure(200).ToList();

        Assert.Equal(["reading one message, p50", ReadingBenchmarks.P99Work, ReadingBenchmarks.BestOfThreeP99Work], rows.Select(r => r.Work));
        Assert.All(rows, r => Assert.Equal(200, r.Size));
        Assert.True(rows[0].Milliseconds > 0 && rows[1].Milliseconds >= rows[0].Milliseconds);
        Assert.True(rows[2].Milliseconds > 0 && rows[2].Milliseconds <= rows[1].Milliseconds);
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
