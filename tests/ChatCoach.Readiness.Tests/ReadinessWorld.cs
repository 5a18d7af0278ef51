using ChatCoach.Readiness;
using ChatCoach.Readiness.Storage;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;
using ChatCoach.Readiness.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using ChatCoach.Readiness.Plugin;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using ChatCoach.Readiness.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ChatCoach.Scoreboard;

namespace ChatCoach.Readiness.Tests;

/// <summary>
/// The real conversation pipeline for the survey — Coach, the readiness flow, the embedded planner,
/// the Kernel with its filters and plugins — over a real SQLite file, the shipped question bank and
/// a fake clock. A second world on the same file is what a restarted host sees.
/// </summary>
public sealed class ReadinessWorld : IDisposable
{
    public static readonly WorkspaceId Workspace = new("slack:TACME");
    public static readonly UserRef Admin = new("slack:UADMIN");

    private readonly TempSqlite? _ownedFile;

    private ReadinessWorld(TempSqlite file, TempSqlite? owned, SqliteDatabase database, FakeTimeProvider clock)
    {
        File = file;
        _ownedFile = owned;
        Clock = clock;
        // Wired by AddChatCoachReadiness() as the host wires it, with the shipped question bank; what the
        // survey sends on its own is recorded instead of sent.
        var bank = Path.Combine(RepoPaths.Root, "src", "ChatCoach.Readiness", "readiness-questions.json");
        _services = FeatureServices.Build(database, clock, new AdminPolicy([Admin]),
            (services, configuration) => services.AddChatCoachReadiness(configuration).AddSingleton<IOutbox>(Outbox),
            new Dictionary<string, string?> { [$"{ReadinessOptions.Section}:QuestionBank"] = bank });
        Store = (SqlReadinessStore)_services.GetRequiredService<IReadinessStore>();
        Bank = _services.GetRequiredService<QuestionBank>();
        Plugin = _services.GetRequiredService<ReadinessPlugin>();
        Coach = _services.GetRequiredService<Coach>();
    }

    private readonly ServiceProvider _services;

    public TempSqlite File { get; }

    public FakeTimeProvider Clock { get; }

    public SqlReadinessStore Store { get; }

    public QuestionBank Bank { get; }

    public ReadinessPlugin Plugin { get; }

    public RecordingOutbox Outbox { get; } = new();

    public Coach Coach { get; }

    public static async Task<ReadinessWorld> CreateAsync()
    {
        var file = new TempSqlite();
        return new ReadinessWorld(file, file, await file.MigratedAsync(), new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)));
    }

    /// <summary>A new pipeline on the same database, as after a restart.</summary>
    public ReadinessWorld Restarted() => new(File, null, File.Open(), Clock);

    public static UserRef Person(string name) => new($"slack:U{name.ToUpperInvariant()}");

    /// <summary>A message in the team channel C1.</summary>
    public async Task<string> InChannelAsync(UserRef who, string text) =>
        Render(await Coach.ReplyAsync(new TurnContext(Workspace, who, "slack", "C1", IsDirect: false), text, CancellationToken.None));

    /// <summary>A message in the person's direct conversation with the bot.</summary>
    public async Task<string> DirectAsync(UserRef who, string text) => Render(await DirectReplyAsync(who, text));

    public Task<Reply> DirectReplyAsync(UserRef who, string text) =>
        Coach.ReplyAsync(new TurnContext(Workspace, who, "slack", "D" + who.LocalId, IsDirect: true), text, CancellationToken.None);

    /// <summary>Takes the whole individual interview in the DM: the role, then every scale question with <paramref name="score"/>, then the stage.</summary>
    public async Task<string> TakeWholeSurveyAsync(UserRef who, RespondentRole role, int score, string stage = "Experimentation")
    {
        await DirectAsync(who, "take the readiness survey");
        await DirectAsync(who, role == RespondentRole.Leader ? "1" : "2");
        foreach (var _ in Bank.ScaleQuestions)
        {
            await DirectAsync(who, score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return await DirectAsync(who, stage);
    }

    /// <summary>
    /// A button pressed in the person's DM, as Slack and Teams carry it: its typed action when it has
    /// one, otherwise the words it stands for.
    /// </summary>
    public Task<Reply> PressAsync(UserRef who, Choice choice)
    {
        var turn = new TurnContext(Workspace, who, "slack", "D" + who.LocalId, IsDirect: true);
        return choice.Action is { } action ? Coach.ActAsync(turn, action, CancellationToken.None) : Coach.ReplyAsync(turn, choice.Utterance, CancellationToken.None);
    }

    /// <summary>The choice labelled <paramref name="label"/> in the reply.</summary>
    public static Choice ChoiceIn(Reply reply, string label) => reply.Parts.OfType<Choices>().SelectMany(c => c.Options).Single(o => o.Label == label);

    public static string Render(Reply reply) => Channels.Console.ConsoleRenderer.Render(reply);

    public void Dispose()
    {
        _services.Dispose();
        _ownedFile?.Dispose();
    }
}
