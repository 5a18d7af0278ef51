using System.Globalization;
using System.Runtime.InteropServices;
using Npgsql;

namespace ChatCoach.Bench;

/// <summary>
/// One benchmark run: each subject in turn against the same fake Web API and the same load on the
/// same machine — ChatCoach on SQLite, on PostgreSQL when a server is available, and the Bolt peer —
/// then the work-that-grows measurements, then the targets.
/// </summary>
internal static class BenchRun
{
    public static async Task<BenchReport> RunAsync(BenchSettings settings, string command)
    {
        await BoltPeer.EnsureInstalledAsync();
        await using var fake = await FakeSlackWebApi.StartAsync();
        await using var teams = await FakeBotPlatform.StartAsync();
        var work = Directory.CreateTempSubdirectory("chatcoach-bench-").FullName;
        var subjects = new List<SubjectResult>();
        try
        {
            // Bolt first: the rate it saturates at is what ChatCoach's drain target is measured at.
            SubjectResult? bolt = null;
            if (settings.Subjects.Contains("bolt"))
            {
                bolt = await MeasureAsync(settings, fake, teams, "bolt", () => Subject.StartBoltAsync(fake.BaseUrl, BoltPeer.Directory), "none", boltRate: null);
            }
            var boltRate = bolt is null ? (int?)null : Math.Max(1, (int)bolt.Phases[1].AnswerThroughput);
            if (settings.Subjects.Contains("sqlite"))
            {
                subjects.Add(await MeasureAsync(settings, fake, teams, "sqlite",
                    () => Subject.StartChatCoachAsync("ChatCoach", fake.BaseUrl, teams, "Sqlite", $"Data Source={Path.Combine(work, "bench.db")}", work), "SQLite", boltRate));
            }
            if (settings.Postgres && settings.Subjects.Contains("pg") && await PostgresDatabaseAsync() is { } postgres)
            {
                subjects.Add(await MeasureAsync(settings, fake, teams, "pg",
                    () => Subject.StartChatCoachAsync("ChatCoach", fake.BaseUrl, teams, "Postgres", postgres, work), "PostgreSQL", boltRate));
            }
            if (bolt is not null)
            {
                subjects.Add(bolt);
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        var growth = GrowthBenchmarks.Standing(settings.StandingSizes).Concat(GrowthBenchmarks.NudgePlanning(settings.NudgeOwnerCounts))
            .Concat(await TurnBenchmarks.MeasureAsync(settings.Turns))
            .Concat(ChartBenchmarks.Rendering(settings.ChartMonths)).ToList();
        return new BenchReport(command, Machine(), DateTimeOffset.UtcNow, subjects, growth, Targets.Check(settings, subjects, growth));
    }

    /// <summary>Name of the phase that offers ChatCoach the rate at which Bolt saturated in the same run.</summary>
    public const string AtBoltsRate = "at Bolt's saturation rate";

    private static async Task<SubjectResult> MeasureAsync(BenchSettings settings, FakeSlackWebApi fake, FakeBotPlatform teams, string run, Func<Task<Subject>> start, string storage, int? boltRate)
    {
        await using var subject = await start();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var idle = ProcessMeter.Memory(subject.Pid).Rss;
        var tag = run + Guid.NewGuid().ToString("N")[..6];
        using var slack = new EventLoad(seq => (BenchSlack.Ts(seq), BenchSlack.Request(subject.EventsUrl, BenchSlack.Body(tag, seq))), fake.Replies);
        var phases = await PhasesAsync(settings, slack, "");
        if (boltRate is { } rate)
        {
            phases.Add(await slack.FixedRateAsync($"{AtBoltsRate} ({rate} ev/s)", rate, settings.RateDuration, settings.ReplyWait));
        }
        if (subject.MessagesUrl is { } messages)
        {
            // One token for the whole run, as a Bot Framework client reuses its token until it expires.
            var token = teams.MintToken();
            using var activities = new EventLoad(
                seq => (BenchTeams.Id(tag, seq), BenchTeams.Request(messages, BenchTeams.Body(tag, seq, teams.ServiceUrl), token)), teams.Replies);
            phases.AddRange(await PhasesAsync(settings, activities, "Teams: "));
        }
        var memory = ProcessMeter.Memory(subject.Pid);
        return new SubjectResult(subject.Name, storage, idle, memory.PeakRss, ProcessMeter.CpuSeconds(subject.Pid), phases);
    }

    /// <summary>
    /// A warm-up that runs the same paths as the measured phases (a fixed rate, then saturation),
    /// then the fixed-rate phase and the saturation phase.
    /// </summary>
    private static async Task<List<PhaseResult>> PhasesAsync(BenchSettings settings, EventLoad load, string prefix)
    {
        await load.FixedRateAsync("warm-up", settings.Rate, settings.WarmUp, settings.ReplyWait);
        return
        [
            await load.FixedRateAsync($"{prefix}{settings.Rate} ev/s", settings.Rate, settings.RateDuration, settings.ReplyWait),
            await load.SaturationAsync($"{prefix}saturation ({settings.Connections} conn.)", settings.Connections, settings.SaturationDuration, settings.ReplyWait),
        ];
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
