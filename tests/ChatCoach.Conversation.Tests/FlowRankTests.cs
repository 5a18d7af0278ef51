using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Plugins;
using ChatCoach.Plugins.Access;
using ChatCoach.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;

namespace ChatCoach.Conversation.Tests;

/// <summary>Which flow may claim a message is decided by the flows' ranks, not by the order a host happened to register them in.</summary>
public sealed class FlowRankTests
{
    private static readonly TurnContext Turn = new(new WorkspaceId("slack:TACME"), new UserRef("slack:UDANA"), "slack", "DUDANA", true);

    private sealed class ClaimsEverything(int rank, string name) : IConversationFlow
    {
        public int Rank => rank;

        public Task<Reply?> TryContinueAsync(Kernel kernel, string text, CancellationToken cancellationToken) => Task.FromResult<Reply?>(Reply.Text(name));
    }

    [Fact]
    public async Task The_lowest_ranked_flow_is_asked_first_whatever_the_registration_order()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var coach = CoachWith(database, [new ClaimsEverything(300, "third"), new ClaimsEverything(100, "first"), new ClaimsEverything(200, "second")]);

        var reply = await coach.ReplyAsync(Turn, "4", CancellationToken.None);

        Assert.Equal("first", reply.PlainText);
    }

    [Fact]
    public async Task Two_flows_of_one_rank_stop_the_coach_from_starting_and_are_named()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);

        var refused = Assert.Throws<InvalidOperationException>(() => CoachWith(database, [new ClaimsEverything(100, "a"), new ClaimsEverything(100, "b")]));

        Assert.Contains("share rank 100", refused.Message);
    }

    private static Coach CoachWith(TestDatabase database, IConversationFlow[] flows)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var store = new SqlScoreboardStore(database.Database, clock);
        var kernel = CoachKernel.Create([], new FunctionAuditFilter(NullLogger<FunctionAuditFilter>.Instance), new WriteAccessFilter(store, new AdminPolicy([])));
        return new Coach(kernel, new EmbeddedPlanner(), flows, store, clock, NullLogger<Coach>.Instance);
    }
}
