using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

/// <summary>
/// One transaction across stores (decision 0021): a recorded value and the inbox row's kept reply
/// commit together or not at all, on both engines.
/// </summary>
public sealed class UnitOfWorkTests
{
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly DateTimeOffset Now = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static NewValue Cost(decimal value) =>
        new("cost-per-qualified-opp", Period.Parse("2026-10"), ValueKind.Value, value, new UserRef("slack:UDANA"), Now, "slack", null);

    private static async Task<(SqlScoreboardStore Scoreboard, SqlInboxStore Inbox)> StoresAsync(Database database)
    {
        var scoreboard = new SqlScoreboardStore(database, TimeProvider.System);
        await scoreboard.EnsureWorkspaceAsync(Acme, None);
        var inbox = new SqlInboxStore(database);
        await inbox.TryAddAsync(new InboundEvent("slack", "Ev1", "{}", Now), None);
        return (scoreboard, inbox);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_write_and_the_reply_kept_with_it_commit_together(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var (scoreboard, inbox) = await StoresAsync(db.Database);

        await db.Database.InOneTransactionAsync(async token =>
        {
            await scoreboard.RecordAsync(Acme, Cost(412), token);
            // The turn's own reads inside the unit see its write.
            Assert.Equal(412, Assert.Single(await scoreboard.HistoryAsync(Acme, "cost-per-qualified-opp", token)).Value);
            await inbox.KeepRepliesAsync("slack", "Ev1", [Reply.Text("Recorded 412.")], token);
        }, None);

        Assert.Single(await scoreboard.HistoryAsync(Acme, "cost-per-qualified-opp", None));
        var claimed = await inbox.ClaimAsync("slack", "Ev1", "me", Now, Now.AddMinutes(2), None);
        Assert.Single(claimed!.Replies!);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_failure_before_the_end_leaves_neither_the_write_nor_the_reply(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var (scoreboard, inbox) = await StoresAsync(db.Database);
        // Read once outside, so a cached copy exists that a leaked uncommitted write could poison.
        Assert.Empty(await scoreboard.LatestValuesAsync(Acme, None));

        await Assert.ThrowsAsync<IOException>(() => db.Database.InOneTransactionAsync(async token =>
        {
            await scoreboard.RecordAsync(Acme, Cost(412), token);
            await inbox.KeepRepliesAsync("slack", "Ev1", [Reply.Text("Recorded 412.")], token);
            throw new IOException("the process died");
        }, None));

        Assert.Empty(await scoreboard.HistoryAsync(Acme, "cost-per-qualified-opp", None));
        Assert.Empty(await scoreboard.LatestValuesAsync(Acme, None));
        var claimed = await inbox.ClaimAsync("slack", "Ev1", "me", Now, Now.AddMinutes(2), None);
        Assert.Empty(claimed!.Replies ?? []);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_store_error_caught_inside_the_unit_does_not_spoil_the_rest_of_it(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var (scoreboard, inbox) = await StoresAsync(db.Database);

        await db.Database.InOneTransactionAsync(async token =>
        {
            // A store's own transaction that meets a primary-key violation and rolls back (as a
            // revision insert racing another host does): without a savepoint, PostgreSQL would
            // refuse every later statement of the unit.
            await using (var connection = await db.Database.OpenWriteAsync(token))
            await using (var transaction = await connection.BeginTransactionAsync(token))
            {
                var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => transaction.ExecuteAsync(
                    "INSERT INTO inbox (source, delivery_id, payload, received_at, status, attempts) VALUES ('slack', 'Ev1', '{}', '2026-11-03T09:30:00Z', 'pending', 0)",
                    token));
                Assert.True(db.Database.IsUniqueViolation(refused));
            }
            await scoreboard.RecordAsync(Acme, Cost(412), token);
        }, None);

        Assert.Single(await scoreboard.HistoryAsync(Acme, "cost-per-qualified-opp", None));
    }
}
