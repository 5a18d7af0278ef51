using System.Globalization;

namespace ChatCoach.Bench;

/// <summary>The benchmark's knobs; --quick is the tiny load the test suite runs.</summary>
internal sealed record BenchSettings(
    int Rate,
    TimeSpan RateDuration,
    int Connections,
    TimeSpan SaturationDuration,
    TimeSpan ReplyWait,
    TimeSpan WarmUp,
    int[] StandingSizes,
    int[] NudgeOwnerCounts,
    int[] NudgeWorkspaceCounts,
    int Turns,
    int[] ChartMonths,
    bool Postgres,
    IReadOnlySet<string> Subjects,
    string MixPath,
    int Workspaces,
    int People,
    string? JsonPath,
    string? MarkdownPath,
    bool ReadyToRun)
{
    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
        var quick = args.Contains("--quick");
        var seconds = int.Parse(Value("--seconds") ?? (quick ? "1" : "20"), CultureInfo.InvariantCulture);
        return new BenchSettings(
            Rate: int.Parse(Value("--rate") ?? (quick ? "50" : "500"), CultureInfo.InvariantCulture),
            RateDuration: TimeSpan.FromSeconds(seconds),
            Connections: int.Parse(Value("--connections") ?? (quick ? "4" : "32"), CultureInfo.InvariantCulture),
            SaturationDuration: TimeSpan.FromSeconds(seconds),
            ReplyWait: TimeSpan.FromSeconds(quick ? 30 : 120),
            // Long enough for .NET's tiered JIT to finish promoting the hot path: it promotes about
            // 800 methods a second on its own thread, and after a 3 s warm-up it was still a sixth of
            // the machine well into the saturation phase. A fixed rate, not saturation: a saturating
            // warm-up slowed Bolt's measured saturation by a sixth. Every subject gets the same. The mix
            // runs four times the code of one repeated question: 15-40 s after start the host was still
            // compiling 300-600 methods a second, so 20 s rather than the 10 that one question needed.
            WarmUp: TimeSpan.FromSeconds(double.Parse(Value("--warm-up") ?? (quick ? "0.5" : "20"), CultureInfo.InvariantCulture)),
            StandingSizes: quick ? [10, 100] : [100, 250, 500, 1000],
            NudgeOwnerCounts: quick ? [100, 1000] : [1000, 2500, 5000, 10000],
            // The largest owner count again, spread over ever more workspaces.
            NudgeWorkspaceCounts: quick ? [10, 100] : [10, 100, 1000],
            Turns: int.Parse(Value("--turns") ?? (quick ? "50" : "2000"), CultureInfo.InvariantCulture),
            ChartMonths: quick ? [12] : [12, 36, 60],
            Postgres: !args.Contains("--no-postgres"),
            // "--only pg,bolt": just those subjects (sqlite, pg, bolt, teams-peer), for a quicker look at some of them.
            Subjects: (Value("--only") ?? "sqlite,pg,bolt,teams-peer").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(),
            // The workload: a mix of messages (bench/mixes/*.json), sent in that many Slack workspaces
            // (each installed through the host's OAuth flow) with that many people each.
            MixPath: Value("--mix") ?? Mix.DefaultPath,
            Workspaces: int.Parse(Value("--workspaces") ?? (quick ? "2" : "8"), CultureInfo.InvariantCulture),
            People: int.Parse(Value("--people") ?? (quick ? "20" : "250"), CultureInfo.InvariantCulture),
            JsonPath: Value("--json"),
            MarkdownPath: Value("--markdown"),
            // The host as a deployment runs it, published ReadyToRun (HostBuild); --jit for the plain build.
            ReadyToRun: !quick && !args.Contains("--jit"));
    }
}
