using ChatCoach.ApiTokens.Conversation;
using ChatCoach.ApiTokens.Plugin;
using ChatCoach.Domain.Api;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Storage.Sql;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ChatCoach.Scoreboard;

namespace ChatCoach.ApiTokens.Tests;

/// <summary>The conversation pipeline with the token feature over a real database; Ada is Acme's admin, Dana is not.</summary>
public sealed class TokenWorld : IAsyncDisposable
{
    public static readonly WorkspaceId Acme = new("slack:TACME");
    public static readonly UserRef Ada = new("slack:UADA");
    public static readonly UserRef Dana = new("slack:UDANA");

    private TokenWorld(TestDatabase database)
    {
        Database = database;
        var scoreboard = new SqlScoreboardStore(database.Database, Clock);
        Tokens = new SqlApiTokenStore(database.Database);
        var admins = new AdminPolicy([], new Dictionary<WorkspaceId, IReadOnlyList<UserRef>> { [Acme] = [Ada] });
        var plugin = new ApiTokensPlugin(new TokenAdministration(Tokens, scoreboard, Clock));
        var kernel = CoachKernel.Create([.. ScoreboardServices.PluginsOf(new ScoreboardPlugin(scoreboard, new ReportingCalendar(5))), new FeaturePlugin(ApiTokensPlugin.Name, plugin)],
            new FunctionAuditFilter(NullLogger<FunctionAuditFilter>.Instance), new WriteAccessFilter(scoreboard, admins));
        Coach = new Coach(kernel, new EmbeddedPlanner(), [new ApiTokenFlow()], scoreboard, Clock, NullLogger<Coach>.Instance);
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero));

    public SqlApiTokenStore Tokens { get; }

    public Coach Coach { get; }

    public static async Task<TokenWorld> CreateAsync(string provider) => new(await TestDatabases.CreateAsync(provider));

    /// <summary>What the person reads, as the console renders it.</summary>
    public async Task<string> SayAsync(UserRef who, string text, bool direct = true) =>
        Channels.Console.ConsoleRenderer.Render(await Coach.ReplyAsync(new TurnContext(Acme, who, "slack", direct ? "D" + who.LocalId : "CLEADS", direct), text, CancellationToken.None));

    public Task<IReadOnlyList<ApiToken>> ListAsync() => Tokens.ListAsync(Acme, CancellationToken.None);

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
