using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace ChatCoach.Bench;

/// <summary>
/// One benchmark run: each subject in turn against the same fakes and the same load on the same
/// machine — the Bolt peer (Slack), the botbuilder peer (Teams), ChatCoach on SQLite and on
/// PostgreSQL when a server is available — then the work-that-grows measurements, then the targets.
/// The load is a documented mix of messages (bench/mixes) in several workspaces; the single repeated
/// "where do we stand" of earlier rounds stays as a secondary row.
/// </summary>
internal static class BenchRun
{
    /// <summary>Name of the phase that offers ChatCoach the rate at which Bolt saturated in the same run.</summary>
    public const string AtBoltsRate = "at Bolt's saturation rate";

    public const string Teams = "Teams: ";

    public const string OneMessage = "one message: ";

    public static string RatePhase(BenchSettings settings, string prefix = "") => $"{prefix}{settings.Rate} ev/s";

    public static string SaturationPhase(BenchSettings settings, string prefix = "") => $"{prefix}saturation ({settings.Connections} conn.)";

    public static async Task<BenchReport> RunAsync(BenchSettings settings, string command)
    {
        var mix = Mix.Load(settings.MixPath);
        var workspaces = new BenchWorkspaces(settings.Workspaces, settings.People);
        var boltReady = settings.Subjects.Contains("bolt") && await NodePeer.Bolt.EnsureInstalledAsync();
        var teamsPeerReady = settings.Subjects.Contains("teams-peer") && await NodePeer.Teams.EnsureInstalledAsync();
        var host = settings.Subjects.Overlaps(["sqlite", "pg"]) ? await HostBuild.PrepareAsync(settings.ReadyToRun) : HostBuild.Plain;
        await using var fake = await FakeSlackWebApi.StartAsync(workspaces);
        await using var teams = await FakeBotPlatform.StartAsync();
        var work = Directory.CreateTempSubdirectory("chatcoach-bench-").FullName;
        var subjects = new List<SubjectResult>();
        var run = new SubjectRun(settings, mix, fake, teams);
        try
        {
            // Bolt first: the rate it saturates at is what ChatCoach's drain target is measured at.
            int? boltRate = null;
            if (boltReady)
            {
                var bolt = await run.MeasureAsync("bolt", () => Subject.StartBoltAsync(fake, NodePeer.Bolt.Directory), "none", onSlack: true, onTeams: false, boltRate: null);
                subjects.Add(bolt);
                boltRate = Math.Max(1, (int)bolt.Phase(SaturationPhase(settings)).AnswerThroughput);
            }
            if (teamsPeerReady)
            {
                subjects.Add(await run.MeasureAsync("teamspeer", () => Subject.StartTeamsPeerAsync(teams, NodePeer.Teams.Directory), "none", onSlack: false, onTeams: true, boltRate: null));
            }
            if (settings.Subjects.Contains("sqlite"))
            {
                subjects.Add(await run.MeasureAsync("sqlite",
                    () => Subject.StartChatCoachAsync(host, fake, teams, "Sqlite", $"Data Source={Path.Combine(work, "bench.db")}", work), "SQLite", onSlack: true, onTeams: true, boltRate));
            }
            if (settings.Postgres && settings.Subjects.Contains("pg") && await PostgresDatabaseAsync() is { } postgres)
            {
                subjects.Add(await run.MeasureAsync("pg",
                    () => Subject.StartChatCoachAsync(host, fake, teams, "Postgres", postgres, work), "PostgreSQL", onSlack: true, onTeams: true, boltRate));
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        var growth = GrowthBenchmarks.Standing(settings.StandingSizes)
            .Concat(GrowthBenchmarks.NudgePlanning(settings.NudgeOwnerCounts))
            .Concat(GrowthBenchmarks.NudgePlanningAcrossWorkspaces(settings.NudgeOwnerCounts.Max(), settings.NudgeWorkspaceCounts))
            .Concat(await TurnBenchmarks.MeasureAsync(settings.Turns, mix))
            .Concat(ChartBenchmarks.Rendering(settings.ChartMonths))
            // Ten messages read per turn measured: the whole corpus in a full run, 500 in a quick one.
            .Concat(ReadingBenchmarks.Measure(settings.Turns * 10)).ToList();
        var workload = new Workload(mix.Name, mix.Path, mix.Description, mix.Messages.Count, mix.WriteShare, workspaces.All.Count, workspaces.People);
        return new BenchReport(command, $"{Machine()}; ChatCoach's host: {host.Description}", DateTimeOffset.UtcNow, workload, subjects, growth, Targets.Check(settings, subjects, growth));
    }

    /// <summary>A fresh database on the server at CHATCOACH_TEST_POSTGRES, or null (and a note) without one.</summary>
    private static async Task<string?> PostgresDatabaseAsync()
    {
        var admin = Environment.GetEnvironmentVariable("CHATCOACH_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(admin))
        {
            Console.Error.WriteLine("CHATCOACH_TEST_POSTGRES is not set: the PostgreSQL variant is skipped.");
            return null;
        }
        var name = $"chatcoach_bench_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static string Machine() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024 / 1024 / 1024} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
}
