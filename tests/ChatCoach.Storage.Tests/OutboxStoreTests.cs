using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

public sealed class OutboxStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly WorkspaceId Acme = new("slack:TACME");

    private static OutboundMessage Message(string key = "readiness/1/results") =>
        new(key, Acme, new ToConversation("slack", "C0SCORE"), Reply.Of(new Paragraph([new TextRun("Results for "), new Mention(new UserRef("slack:UDANA"))])));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Enqueueing_the_same_key_twice_keeps_one_message(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlOutboxStore(db.Database);

        var first = await store.TryAddAsync(Message(), Now, None);
        var second = await store.TryAddAsync(Message() with { Reply = Reply.Text("other") }, Now, None);

        Assert.Equal((true, false), (first, second));
        var row = (await store.FindAsync("readiness/1/results", None))!;
        Assert.Equal((OutboxStatus.Pending, 0), (row.Status, row.Attempts));
        Assert.Equal(Message().Reply, row.Message.Reply, ReplyComparer.Instance);
        Assert.Equal(new ToConversation("slack", "C0SCORE"), row.Message.To);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Of_many_hosts_claiming_a_row_exactly_one_wins(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        await new SqlOutboxStore(db.Database).TryAddAsync(Message(), Now, None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => new SqlOutboxStore(db.Reopen()).TryClaimAsync("readiness/1/results", $"host-{i}", Now, Now.AddMinutes(2), None))));

        Assert.Single(claims, won => won);
        Assert.Empty(await new SqlOutboxStore(db.Database).DueAsync(Now.AddMinutes(1), 10, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_claim_whose_sender_died_is_due_again_after_its_lease_and_only_the_new_claimant_records(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlOutboxStore(db.Database);
        await store.TryAddAsync(Message(), Now, None);
        await store.TryClaimAsync("readiness/1/results", "dead", Now, Now.AddMinutes(2), None);

        var reclaimed = await store.TryClaimAsync("readiness/1/results", "alive", Now.AddMinutes(3), Now.AddMinutes(5), None);
        await store.RecordAsync("readiness/1/results", "dead", OutboxStatus.Failed, "late", Now.AddMinutes(3), null, None);
        await store.RecordAsync("readiness/1/results", "alive", OutboxStatus.Sent, null, Now.AddMinutes(3), null, None);

        Assert.True(reclaimed);
        var row = (await store.FindAsync("readiness/1/results", None))!;
        Assert.Equal((OutboxStatus.Sent, 2, null), (row.Status, row.Attempts, row.Detail));
        Assert.Empty(await store.DueAsync(Now.AddDays(1), 10, None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_retry_is_due_from_its_time_and_finished_rows_are_pruned(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlOutboxStore(db.Database);
        await store.TryAddAsync(Message("a"), Now, None);
        await store.TryAddAsync(Message("b"), Now, None);
        await store.TryClaimAsync("a", "me", Now, Now.AddMinutes(2), None);
        await store.RecordAsync("a", "me", OutboxStatus.Retry, "ratelimited", Now, Now.AddMinutes(4), None);
        await store.TryClaimAsync("b", "me", Now, Now.AddMinutes(2), None);
        await store.RecordAsync("b", "me", OutboxStatus.Sent, null, Now, null, None);

        var early = await store.DueAsync(Now.AddMinutes(3), 10, None);
        var later = await store.DueAsync(Now.AddMinutes(4), 10, None);
        var pruned = await store.PruneAsync(Now.AddDays(1), None);

        Assert.Empty(early);
        Assert.Equal(("a", OutboxStatus.Retry, 1, "ratelimited"), (Assert.Single(later).Message.Key, later[0].Status, later[0].Attempts, later[0].Detail));
        Assert.Equal(1, pruned);
        Assert.Null(await store.FindAsync("b", None));
        Assert.NotNull(await store.FindAsync("a", None));
    }
}
