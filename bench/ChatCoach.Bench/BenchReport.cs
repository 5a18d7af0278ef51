using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatCoach.Bench;

internal sealed record SubjectResult(string Subject, string Storage, double IdleRssMiB, double PeakRssMiB, double CpuSeconds, IReadOnlyList<PhaseResult> Phases);

internal sealed record TargetCheck(string Target, string Goal, string Measured, bool Met, string Note);

/// <summary>Everything one benchmark run measured, as tables and as JSON.</summary>
internal sealed record BenchReport(
    string Command,
    string Machine,
    DateTimeOffset RanAt,
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
        text.AppendLine().AppendLine("### Host process").AppendLine();
        text.AppendLine("| subject | storage | idle RSS MiB | peak RSS MiB | CPU seconds |");
        text.AppendLine("|---|---|---:|---:|---:|");
        foreach (var s in Subjects)
        {
            text.AppendLine(Invariant($"| {s.Subject} | {s.Storage} | {s.IdleRssMiB:0.0} | {s.PeakRssMiB:0.0} | {s.CpuSeconds:0.00} |"));
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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
