using ChatCoach.Readiness;
using ChatCoach.Readiness.Jobs;
using ChatCoach.Readiness.Model;
using ChatCoach.Readiness.Storage;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation.LanguageModel;
using ChatCoach.TestSupport;
using ChatCoach.Storage.Migrations;
using ChatCoach.Storage.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.Conversation.Tests.Support;

/// <summary>
/// The whole turn pipeline as the host wires it when a model is configured — Coach, real kernel
/// and filters, ModelPlanner over SK's OpenAI connector, SQLite on a file — pointed at a stub model.
/// Wired by the features' own Add…() calls and the model planner's (FeatureServices); only the
/// outbox is a recording one, so nothing the survey sends leaves the test.
/// A second world on the same file is "the bot after a restart".
/// </summary>
public sealed class PlannerWorld : IDisposable
{
    public static readonly WorkspaceId Workspace = new("slack:T1");
    public static readonly UserRef Admin = new("slack:UADMIN");
    public static readonly UserRef Dana = new("slack:UDANA");
    public static readonly UserRef Sam = new("slack:USAM");

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly ServiceProvider _services;

    private PlannerWorld(FakeTimeProvider clock, SqliteDatabase database, ModelStub stub, Action<LlmOptions>? configure)
    {
        Clock = clock;
        Database = database;
        var settings = new Dictionary<string, string?>
        {
            [LlmOptions.EndpointKey] = stub.Endpoint.ToString(),
            [$"{LlmOptions.Section}:ApiKey"] = "test-key",
            [$"{LlmOptions.Section}:Model"] = "test-model",
            [$"{ReadinessOptions.Section}:QuestionBank"] = Path.Combine(RepoPaths.Root, "src", "ChatCoach.Readiness", "readiness-questions.json"),
        };
        _services = FeatureServices.Build(database, clock, new AdminPolicy([Admin]), (services, configuration) =>
        {
            services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
            services.AddChatCoachReadiness(configuration).AddSingleton<IOutbox>(new RecordingOutbox());
            services.AddLanguageModelPlanner(configuration);
            services.Configure<LlmOptions>(o => configure?.Invoke(o));
        }, settings);
        Llm = _services.GetRequiredService<IOptions<LlmOptions>>().Value;
        Store = (SqlScoreboardStore)_services.GetRequiredService<IScoreboardStore>();
        Memory = (SqlConversationMemoryStore)_services.GetRequiredService<IConversationMemory>();
        Readiness = (SqlReadinessStore)_services.GetRequiredService<IReadinessStore>();
        Metrics = _services.GetRequiredService<PlannerMetrics>();
        Recorder = new MetricRecorder(Metrics.Meter);
        Coach = _services.GetRequiredService<Coach>();
    }

    public FakeTimeProvider Clock { get; }

    public SqliteDatabase Database { get; }

    public LlmOptions Llm { get; }

    public SqlScoreboardStore Store { get; }

    public SqlConversationMemoryStore Memory { get; }

    public SqlReadinessStore Readiness { get; }

    public PlannerMetrics Metrics { get; }

    public MetricRecorder Recorder { get; }

    public RecordingLoggerProvider Logs { get; } = new();

    public ICoach Coach { get; }

    public static async Task<PlannerWorld> StartAsync(ModelStub stub, string databaseFile, Action<LlmOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var database = new SqliteDatabase($"Data Source={databaseFile}");
        await new Migrator(database, clock).MigrateAsync(CancellationToken.None);
        return new PlannerWorld(clock, database, stub, configure);
    }

    /// <summary>Dana owns win rate and has reported it; cost per opp has a summer and an autumn value.</summary>
    public async Task SeedAsync()
    {
        var none = CancellationToken.None;
        await Store.EnsureWorkspaceAsync(Workspace, none);
        var board = _services.GetRequiredService<IBoardStore>();
        await board.SetOwnerAsync(Workspace, "win-rate-non-price", Dana, new ChangeStamp(Admin, At(2026, 9, 1), "slack"), none);
        await board.SetOwnerAsync(Workspace, "proof-shipped", Dana, new ChangeStamp(Admin, At(2026, 9, 1), "slack"), none);
        await RecordAsync("win-rate-non-price", new Period(2026, 9), 28m, At(2026, 10, 3));
        await RecordAsync("win-rate-non-price", new Period(2026, 10), 31m, At(2026, 11, 3));
        await RecordAsync("cost-per-qualified-opp", new Period(2026, 7), 455m, At(2026, 8, 4));
        await RecordAsync("cost-per-qualified-opp", new Period(2026, 10), 412m, At(2026, 11, 4));
        await RecordAsync("proof-shipped", new Period(2026, 10), 3m, At(2026, 11, 2));
    }

    public Task<Reply> SayAsync(UserRef caller, string text, string conversation = "C1") =>
        Coach.ReplyAsync(new TurnContext(Workspace, caller, "slack", conversation, IsDirect: false), text, CancellationToken.None).WaitAsync(Bound);

    public async Task<IReadOnlyList<RecordedValue>> HistoryAsync(string indicator) => await Store.HistoryAsync(Workspace, indicator, CancellationToken.None);

    private Task RecordAsync(string indicator, Period period, decimal value, DateTimeOffset at) =>
        Store.RecordAsync(Workspace, new NewValue(indicator, period, ValueKind.Value, value, Dana, at, "slack"), CancellationToken.None);

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    public void Dispose()
    {
        Recorder.Dispose();
        _services.Dispose();
        Logs.Dispose();
    }
}

/// <summary>A temp directory for one test's SQLite file, removed afterwards.</summary>
public sealed class TempDatabaseFile : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("chatcoach-planner-").FullName;

    public string Path => System.IO.Path.Combine(_directory, "chatcoach.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
