using ChatCoach.Scoreboard.Understanding;
using ChatCoach.Scoreboard.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using ChatCoach.Scoreboard.Board;
using ChatCoach.Scoreboard.Charts;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ChatCoach.Scoreboard;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>
/// The real conversation pipeline — Coach, embedded planner, Kernel, filters, plugins — over a real
/// SQLite file and a fake clock set to 23 November 2026.
/// </summary>
public sealed class CoachFixture : IDisposable
{
    public static readonly WorkspaceId Workspace = new("slack:TACME");
    public static readonly UserRef Admin = new("slack:UADMIN");
    public static readonly UserRef Dana = new("slack:UDANA");
    public static readonly UserRef Lee = new("slack:ULEE");

    private readonly TempSqlite _file;

    private readonly ServiceProvider _services;

    private CoachFixture(TempSqlite file, ServiceProvider services, FakeTimeProvider clock)
    {
        _file = file;
        _services = services;
        Store = (SqlScoreboardStore)services.GetRequiredService<IScoreboardStore>();
        Coach = services.GetRequiredService<Coach>();
        Clock = clock;
    }

    public SqlScoreboardStore Store { get; }

    public Coach Coach { get; private set; }

    public FakeTimeProvider Clock { get; }

    public static Task<CoachFixture> CreateAsync(params UserRef[] admins) => CreateAsync(new EmbeddedPlanner(), admins);

    /// <summary>The scoreboard wired by AddChatCoachScoreboard() as the host wires it, read by <paramref name="planner"/> (conversation state in memory unless it says otherwise).</summary>
    public static async Task<CoachFixture> CreateAsync(EmbeddedPlanner planner, params UserRef[] admins)
    {
        var file = new TempSqlite();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var database = await file.MigratedAsync();
        var services = FeatureServices.Build(database, clock, new AdminPolicy(admins.Length > 0 ? admins : [Admin]), (services, _) => services
            .AddSingleton(planner)
            .AddSingleton<IEmbeddedPlanner>(planner)
            .AddSingleton<IPlanner>(planner));
        return new CoachFixture(file, services, clock);
    }

    /// <summary>A bot whose conversation state is kept in the database file, as the host keeps it.</summary>
    public static async Task<CoachFixture> CreateDurableAsync()
    {
        var bot = await CreateAsync();
        bot.Restart();
        return bot;
    }

    /// <summary>A new process on the same file: a fresh planner and coach, nothing kept in memory.</summary>
    public void Restart() =>
        Coach = new Coach(_services.GetRequiredService<Microsoft.SemanticKernel.Kernel>(),
            new EmbeddedPlanner(states: new ConversationStates(new SqlConversationStateStore(_file.Open()))),
            [], Store, Clock, NullLogger<Coach>.Instance);

    /// <summary>The same database file opened as another host would open it.</summary>
    public SqlScoreboardStore AnotherHostsStore() => new(_file.Open(), Clock);

    public Task<Reply> SayAsync(UserRef who, string text) =>
        Coach.ReplyAsync(new TurnContext(Workspace, who, "slack", "C1"), text, CancellationToken.None);

    public async Task<string> SayTextAsync(UserRef who, string text) => Text(await SayAsync(who, text));

    /// <summary>What a person would read, whatever the parts: paragraphs and table cells as plain text.</summary>
    public static string Text(Reply reply) => Channels.Console.ConsoleRenderer.Render(reply);

    public async Task<Indicator> IndicatorAsync(string key) =>
        (await Store.IndicatorsAsync(Workspace, CancellationToken.None)).Single(i => i.Key == key);

    public void Dispose()
    {
        _services.Dispose();
        _file.Dispose();
    }
}
