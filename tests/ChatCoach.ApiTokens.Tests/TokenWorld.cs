using ChatCoach.Domain.Api;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Conversation;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatCoach.ApiTokens.Tests;

/// <summary>
/// The conversation pipeline with the token feature over a real database, wired by AddChatCoachApiTokens()
/// as the host wires it (FeatureServices); Ada is Acme's admin, Dana is not.
/// </summary>
public sealed class TokenWorld : IAsyncDisposable
{
    public static readonly WorkspaceId Acme = new("slack:TACME");
    public static readonly UserRef Ada = new("slack:UADA");
    public static readonly UserRef Dana = new("slack:UDANA");

    private readonly ServiceProvider _services;

    private TokenWorld(TestDatabase database)
    {
        Database = database;
        var admins = new AdminPolicy([], new Dictionary<WorkspaceId, IReadOnlyList<UserRef>> { [Acme] = [Ada] });
        _services = FeatureServices.Build(database.Database, Clock, admins, (services, _) => services.AddChatCoachApiTokens());
        Tokens = (SqlApiTokenStore)_services.GetRequiredService<IApiTokenStore>();
        Coach = _services.GetRequiredService<Coach>();
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

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
