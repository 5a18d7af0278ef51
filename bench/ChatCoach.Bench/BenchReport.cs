using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatCoach.Bench;

internal sealed record SubjectResult(
    string Subject, string Storage, double IdleRssMiB, double PeakRssMiB, double CpuSeconds, IReadOnlyList<PhaseResult> Phases, StartUp? StartUp = null, long WrongTokens = 0,
    string SlackCalls = "")
{
    public PhaseResult Phase(string name) => Phases.Single(p => p.Phase == name);

    public PhaseResult? PhaseOrNull(string name) => Phases.SingleOrDefault(p => p.Phase == name);
}

/// <summary>
/// A host's start: seconds until /readyz answered, seconds from the process start to its first answer
/// (the first workspace, right after its install), that answer's own latency, and the median first
/// answer of each further workspace (warm process, a board never read before).
/// </summary>
internal sealed record StartUp(double ReadySeconds, double FirstAnswerSinceStartSeconds, double FirstAnswerMs, double OtherWorkspacesFirstAnswerMs, int OtherWorkspaces);

/// <summary>What the load sent: the mix (its file), its size, the share of writes, the workspaces and people.</summary>
internal sealed record Workload(string Mix, string Path, string Description, int Messages, double WriteShare, int Workspaces, int PeoplePerWorkspace);

internal sealed record TargetCheck(string Target, string Goal, string Measured, bool Met, string Note);

/// <summary>Everything one benchmark run measured, as tables and as JSON.</summary>
internal sealed record BenchReport(
    string Command,
    string Machine,
    DateTimeOffset RanAt,
    Workload Workload,
    IReadOnlyList<SubjectResult> Subjects,
    IReadOnlyList<GrowthResult> Growth,
    IReadOnlyList<TargetCheck> Targets)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Workload: the mix **{Workload.Mix}** ([{Workload.Path}]({Workload.Path})), {Workload.Messages} distinct messages, {Workload.WriteShare:P0} writes, in {Workload.Workspaces} Slack workspaces (each installed through OAuth with its own token) of {Workload.PeoplePerWorkspace} people, one channel per event; Teams: the same mix in one tenant, 10,000 personal chats. Phases named \"one message\" send the same \"where do we stand\" every time.")).AppendLine();
        text.AppendLine($"Machine: {Machine}.").AppendLine();
        AppendSideBySide(text);
        text.AppendLine("### Answers: what a person waiting feels (Slack events; Teams activities where the phase says so)").AppendLine();
        text.AppendLine("Reply latency runs from the event's send to its reply reaching the fake platform; the backlog is what was acknowledged but not yet answered when the load stopped, and the drain is how long the last of it took.").AppendLine();
        text.AppendLine("| subject | storage | phase | answered/s | acked/s | answered | reply p50 ms | reply p99 ms | reply max ms | backlog at end | drain s | dup. answers |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var subject in Subjects)
        {
            foreach (var p in subject.Phases)
            {
                text.AppendLine(Invariant($"| {subject.Subject} | {subject.Storage} | {p.Phase} | {p.AnswerThroughput:0} | {p.Throughput:0} | {p.Answered} | {p.EndToEnd.P50:0.0} | {p.EndToEnd.P99:0.0} | {p.EndToEnd.Max:0.0} | {p.BacklogAtEnd} | {p.DrainSeconds:0.00} | {p.DuplicateAnswers} |"));
            }
        }
        text.AppendLine().AppendLine("### Acknowledgements").AppendLine();
        text.AppendLine("| subject | storage | phase | sent | acked | errors | acks/s | ack p50 ms | ack p99 ms | ack p99.9 ms |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var subject in Subjects)
        {
            foreach (var p in subject.Phases)
            {
                text.AppendLine(Invariant($"| {subject.Subject} | {subject.Storage} | {p.Phase} | {p.Sent} | {p.Acked} | {p.Errors} | {p.Throughput:0} | {p.Ack.P50:0.00} | {p.Ack.P99:0.00} | {p.Ack.P999:0.00} |"));
            }
        }
        AppendCpu(text);
        text.AppendLine().AppendLine("### Host process").AppendLine();
        text.AppendLine("| subject | storage | idle RSS MiB | peak RSS MiB (under saturation) | CPU seconds | calls with another workspace's token |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var s in Subjects)
        {
            text.AppendLine(Invariant($"| {s.Subject} | {s.Storage} | {s.IdleRssMiB:0.0} | {s.PeakRssMiB:0.0} | {s.CpuSeconds:0.00} | {s.WrongTokens} |"));
        }
        text.AppendLine().AppendLine("Slack Web API calls made during the run, by method:").AppendLine();
        foreach (var s in Subjects.Where(s => s.SlackCalls.Length > 0))
        {
            text.AppendLine($"- {s.Subject} ({s.Storage}): {s.SlackCalls}");
        }
        text.AppendLine().AppendLine("### A workspace's first answer after start").AppendLine();
        text.AppendLine("| subject | storage | ready after s | first answer after start s | its latency ms | each further workspace's first answer, median ms (workspaces) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var s in Subjects.Where(s => s.StartUp is not null))
        {
            var u = s.StartUp!;
            text.AppendLine(Invariant($"| {s.Subject} | {s.Storage} | {u.ReadySeconds:0.00} | {u.FirstAnswerSinceStartSeconds:0.00} | {u.FirstAnswerMs:0.0} | {u.OtherWorkspacesFirstAnswerMs:0.0} ({u.OtherWorkspaces}) |"));
        }
        text.AppendLine().AppendLine("### Work that grows").AppendLine();
        text.AppendLine("| work | size | best ms | allocated MiB |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var g in Growth)
        {
            text.AppendLine(Invariant($"| {g.Work} | {g.Size} | {g.Milliseconds:0.000} | {g.AllocatedMiB:0.00} |"));
        }
        text.AppendLine().AppendLine("### Targets").AppendLine();
        text.AppendLine("| target | goal | measured | met | note |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var t in Targets)
        {
            text.AppendLine($"| {t.Target} | {t.Goal} | {t.Measured} | {(t.Met ? "yes" : "no")} | {t.Note} |");
        }
        return text.ToString();
    }

    /// <summary>Answered/s at saturation per workload, ChatCoach beside the peer on the same channel, with the ratio.</summary>
    private void AppendSideBySide(StringBuilder text)
    {
        text.AppendLine("### Side by side: answered/s at saturation").AppendLine();
        text.AppendLine("| workload | peer | peer answered/s | ChatCoach storage | ChatCoach answered/s | ratio |");
        text.AppendLine("|---|---|---:|---|---:|---:|");
        foreach (var (workload, prefix) in new[] { ("Slack, the mix", ""), ("Slack, one message", BenchRun.OneMessage), ("Teams, the mix", BenchRun.Teams) })
        {
            var name = Subjects.SelectMany(s => s.Phases).Select(p => p.Phase).FirstOrDefault(p => p.StartsWith(prefix + "saturation", StringComparison.Ordinal));
            var peer = name is null ? null : Subjects.FirstOrDefault(s => s.Subject != "ChatCoach" && s.PhaseOrNull(name) is not null);
            foreach (var ours in Subjects.Where(s => s.Subject == "ChatCoach" && name is not null && s.PhaseOrNull(name) is not null))
            {
                var mine = ours.Phase(name!).AnswerThroughput;
                var theirs = peer?.Phase(name!).AnswerThroughput;
                text.AppendLine(Invariant($"| {workload} | {peer?.Subject ?? "none measured"} | {theirs:0} | {ours.Storage} | {mine:0} | {(theirs > 0 ? (mine / theirs.Value).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—")} |"));
            }
        }
        text.AppendLine();
    }

    /// <summary>
    /// CPU per answered event in each measured phase: the subject's, the load's and fakes' (the same
    /// work whichever subject answers) and the rest of the machine's, and the answered/s a subject
    /// costing nothing could reach on this machine (all cores on the load and fakes).
    /// </summary>
    private void AppendCpu(StringBuilder text)
    {
        text.AppendLine().AppendLine("### CPU per answered event, and this machine's ceiling").AppendLine();
        text.AppendLine("The benchmark's load generator and its fakes of Slack and the Bot Framework run on the same cores as the subject; the ceiling is the answered/s a subject that cost no CPU at all would reach here (every core on the load and the fakes, at the phase's own cost per event). \"Other\" is the rest of the machine: PostgreSQL's server, other work.").AppendLine();
        text.AppendLine("| subject | storage | phase | answered | subject CPU ms/event | load and fakes CPU ms/event | other CPU ms/event | machine busy | ceiling answered/s |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var subject in Subjects)
        {
            foreach (var p in subject.Phases.Where(p => p.Cpu is not null))
            {
                var c = p.Cpu!;
                text.AppendLine(Invariant($"| {subject.Subject} | {subject.Storage} | {p.Phase} | {p.Answered} | {PhaseCpu.PerEventMs(c.SubjectSeconds, p.Answered):0.000} | {PhaseCpu.PerEventMs(c.LoadSeconds, p.Answered):0.000} | {PhaseCpu.PerEventMs(c.OtherSeconds, p.Answered):0.000} | {c.MachineBusy:P0} | {c.CeilingPerSecond(p.Answered):0} |"));
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
